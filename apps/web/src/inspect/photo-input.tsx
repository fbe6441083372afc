import { useEffect, useMemo } from "react";
import { PhotoPicker } from "../components/photo-picker.tsx";

/**
 * The inspector's photos, kept as Blobs so they can wait in the phone's queue with the entry
 * (src/offline). An antd Form control: value, onChange and the id its label points at.
 */
export function PhotoInput({
  id,
  value = [],
  onChange,
  buttonText,
  required,
}: {
  id?: string;
  value?: Blob[];
  onChange?: (photos: Blob[]) => void;
  buttonText: string;
  required?: boolean;
}) {
  const urls = useMemo(() => value.map((p) => URL.createObjectURL(p)), [value]);
  useEffect(
    () => () => {
      for (const url of urls) URL.revokeObjectURL(url);
    },
    [urls],
  );
  return (
    <PhotoPicker
      id={id}
      photos={urls.map((url) => ({ key: url, src: url }))}
      onAdd={(photos) => onChange?.([...value, ...photos])}
      onRemove={(i) => onChange?.(value.filter((_, j) => j !== i))}
      cameraText={buttonText}
      required={required}
    />
  );
}
