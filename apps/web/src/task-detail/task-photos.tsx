import { Flex } from "antd";
import { useTranslation } from "react-i18next";

/** Photos as thumbnails, each a link to the full image (opens in a new tab). */
export function TaskPhotos({
  photos,
  label,
}: {
  photos: { id: string; url: string; thumbnailUrl: string }[];
  label: string;
}) {
  const { t } = useTranslation();
  if (photos.length === 0) return null;
  return (
    <Flex wrap gap="small" className="td-gap">
      {photos.map((p, i) => (
        <a key={p.id} href={p.url} target="_blank" rel="noreferrer">
          <img
            src={p.thumbnailUrl}
            alt={t("taskDetail.photoAlt", { label, n: i + 1 })}
            className="td-thumb"
            loading="lazy"
          />
        </a>
      ))}
    </Flex>
  );
}
