import { Alert } from "antd";
import { useState } from "react";
import { PhotoPicker } from "../components/photo-picker.tsx";
import { errorMessage } from "../lib/api-error.ts";
import { thumbnailUrl, uploadPhoto } from "../lib/photo-upload.ts";

/**
 * A task form's photos, whose value is a list of photo ids: each chosen photo is uploaded
 * first (resized by the picker), so the workflow call only names ids.
 */
export function PhotoInput({
  id,
  value = [],
  onChange,
  required,
}: {
  id?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** The server demands a photo for this action (actionNeeds). */
  required?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const upload = async (photos: Blob[]) => {
    setBusy(true);
    setError(null);
    const ids: string[] = [];
    try {
      for (const photo of photos) ids.push(await uploadPhoto(photo));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      // Keep whatever did upload even if a later photo failed.
      if (ids.length) onChange?.([...value, ...ids]);
      setBusy(false);
    }
  };

  return (
    <>
      <PhotoPicker
        id={id}
        photos={value.map((photoId) => ({ key: photoId, src: thumbnailUrl(photoId) }))}
        onAdd={upload}
        onRemove={(i) => onChange?.(value.filter((_, j) => j !== i))}
        busy={busy}
        required={required}
      />
      {error && <Alert type="error" showIcon title={error} className="td-gap" />}
    </>
  );
}
