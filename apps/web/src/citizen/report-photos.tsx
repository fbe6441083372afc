import { REPORT_PHOTOS_MAX } from "@cw/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PhotoPicker } from "../components/photo-picker.tsx";
import { PlainAlert } from "../components/plain-controls.tsx";
import { errorMessage } from "../lib/api-error.ts";
import { uploadPhoto } from "../lib/photo-upload.ts";

/**
 * The report's photos through the shared picker (resized on the phone), each sent ahead to
 * `POST /api/public/photos`; the value is their ids. Thumbnails come from the phone's own
 * copies: the public pages read no photo back.
 */
export function ReportPhotos({
  id,
  value,
  onChange,
}: {
  /** The camera input's id, for the field's label. */
  id: string;
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [previews, setPreviews] = useState<Record<string, string>>({});

  const upload = async (photos: Blob[]) => {
    setBusy(true);
    setError(null);
    const added: [string, string][] = [];
    try {
      for (const photo of photos) {
        const id = await uploadPhoto(photo, "/api/public/photos");
        added.push([id, URL.createObjectURL(photo)]);
      }
    } catch (e) {
      setError(t("report.uploadFailed", { message: errorMessage(e) }));
    } finally {
      if (added.length) {
        setPreviews((p) => ({ ...p, ...Object.fromEntries(added) }));
        onChange([...value, ...added.map(([id]) => id)]);
      }
      setBusy(false);
    }
  };

  return (
    <>
      <PhotoPicker
        id={id}
        photos={value.map((id) => ({ key: id, src: previews[id] ?? "" }))}
        onAdd={upload}
        onRemove={(i) => onChange(value.filter((_, j) => j !== i))}
        max={REPORT_PHOTOS_MAX}
        busy={busy}
      />
      {error && <PlainAlert title={error} />}
    </>
  );
}
