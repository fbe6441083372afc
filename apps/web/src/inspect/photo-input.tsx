import { Button } from "antd";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";

const MAX_PHOTOS = 9;

/**
 * Photos straight from the camera (capture="environment"); kept as Blobs so they can wait in
 * the phone's queue. An antd Form control: value, onChange and the id its label points at.
 */
export function PhotoInput({
  id,
  value = [],
  onChange,
  buttonText,
}: {
  id?: string;
  value?: Blob[];
  onChange?: (photos: Blob[]) => void;
  buttonText: string;
}) {
  const { t } = useTranslation();
  const urls = useMemo(() => value.map((p) => URL.createObjectURL(p)), [value]);
  useEffect(
    () => () => {
      for (const url of urls) URL.revokeObjectURL(url);
    },
    [urls],
  );
  return (
    <div className="inspect-photos">
      {value.length < MAX_PHOTOS && (
        <label className="inspect-photo-button">
          <input
            id={id}
            type="file"
            accept="image/*"
            capture="environment"
            className="inspect-visually-hidden"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              onChange?.([...value, ...files].slice(0, MAX_PHOTOS));
              // The same picture chosen again must fire a change too.
              e.target.value = "";
            }}
          />
          {buttonText}
        </label>
      )}
      {urls.map((url, i) => (
        <span key={url} className="inspect-thumb">
          <img src={url} alt={t("inspect.photoN", { n: i + 1 })} />
          <Button
            size="small"
            onClick={() => onChange?.(value.filter((_, j) => j !== i))}
            aria-label={t("inspect.removePhoto", { n: i + 1 })}
          >
            ×
          </Button>
        </span>
      ))}
    </div>
  );
}
