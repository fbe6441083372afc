import { Alert, Button, Flex, Spin } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../lib/api-error.ts";
import { thumbnailUrl, uploadPhoto } from "../lib/photo-upload.ts";

/**
 * A form control whose value is a list of photo ids: each chosen file is uploaded first, so
 * the workflow call only names ids. A plain file input (labelled by its Form.Item through
 * `id`) also opens the camera on phones via `accept`.
 */
export function PhotoInput({
  id,
  value = [],
  onChange,
}: {
  id?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const upload = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    setError(null);
    const ids: string[] = [];
    try {
      for (const file of files) ids.push(await uploadPhoto(file));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      // Keep whatever did upload even if a later file failed.
      if (ids.length) onChange?.([...value, ...ids]);
      setBusy(false);
    }
  };

  return (
    <div>
      <input
        id={id}
        type="file"
        accept="image/*"
        multiple
        disabled={busy}
        data-testid="photo-input"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = "";
          void upload(files);
        }}
      />
      {busy && <Spin size="small" aria-label={t("taskDetail.uploading")} />}
      {error && <Alert type="error" showIcon title={error} className="td-gap" />}
      {value.length > 0 && (
        <Flex wrap gap="small" className="td-gap" data-testid="uploaded-photos">
          {value.map((photoId, i) => (
            <Flex key={photoId} vertical align="center" gap={4}>
              <img
                src={thumbnailUrl(photoId)}
                alt={t("taskDetail.uploadedPhoto", { n: i + 1 })}
                className="td-thumb"
              />
              <Button
                size="small"
                type="link"
                onClick={() => onChange?.(value.filter((x) => x !== photoId))}
              >
                {t("taskDetail.removePhoto", { n: i + 1 })}
              </Button>
            </Flex>
          ))}
        </Flex>
      )}
    </div>
  );
}
