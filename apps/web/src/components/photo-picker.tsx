import { type ChangeEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { resizePhoto } from "../lib/photo-resize.ts";
import { PlainButton, PlainSpinner } from "./plain-controls.tsx";
import "./photo-picker.css";

/** A photo already chosen: its key and what its thumbnail shows. */
export interface PickedPhoto {
  key: string;
  src: string;
}

/**
 * The one photo picker of the phone screens (the inspector's entries and the unit officer's
 * task forms): a camera button (`capture="environment"` opens the back camera on phones), an
 * album button, and the chosen photos as thumbnails, each with its remove button. Photos are
 * resized before they are handed on (resizePhoto). Each button is a label around its hidden
 * input, so the Form.Item's label (through `id`) and the keyboard reach the camera. Plain
 * markup (plain-controls.tsx): the citizen's report page uses it and loads no UI kit.
 */
export function PhotoPicker({
  id,
  photos,
  onAdd,
  onRemove,
  max = 9,
  busy = false,
  required = false,
  cameraText,
}: {
  id?: string;
  photos: PickedPhoto[];
  onAdd: (photos: Blob[]) => void | Promise<void>;
  onRemove: (index: number) => void;
  max?: number;
  /** Set while the caller works on what was added (uploading). */
  busy?: boolean;
  /** The form demands a photo: a hint says so (and the camera button points at it) until there is one. */
  required?: boolean;
  cameraText?: string;
}) {
  const { t } = useTranslation();
  const [preparing, setPreparing] = useState(false);
  const working = busy || preparing;
  const hintId = useId();
  const hint = required && photos.length === 0 && !working;

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])].slice(0, max - photos.length);
    // The same picture chosen again must fire a change too.
    e.target.value = "";
    if (files.length === 0) return;
    setPreparing(true);
    try {
      await onAdd(await Promise.all(files.map(resizePhoto)));
    } finally {
      setPreparing(false);
    }
  };

  return (
    <div className="photo-picker" data-testid="photo-picker">
      {photos.length < max && (
        <div className="photo-picker-buttons">
          <label className="photo-picker-button" data-disabled={working}>
            <input
              id={id}
              type="file"
              accept="image/*"
              capture="environment"
              className="photo-picker-hidden"
              disabled={working}
              aria-describedby={hint ? hintId : undefined}
              data-testid="photo-camera"
              onChange={(e) => void choose(e)}
            />
            {cameraText ?? t("photoPicker.camera")}
          </label>
          <label className="photo-picker-button" data-disabled={working}>
            <input
              type="file"
              accept="image/*"
              multiple
              className="photo-picker-hidden"
              disabled={working}
              data-testid="photo-input"
              onChange={(e) => void choose(e)}
            />
            {t("photoPicker.album")}
          </label>
        </div>
      )}
      {working && (
        <span className="photo-picker-status" role="status">
          <PlainSpinner /> {t(preparing ? "photoPicker.preparing" : "photoPicker.uploading")}
        </span>
      )}
      {hint && (
        <p id={hintId} className="photo-picker-hint">
          {t("photoPicker.requiredHint")}
        </p>
      )}
      {photos.length > 0 && (
        <ul className="photo-picker-thumbs" data-testid="uploaded-photos">
          {photos.map((photo, i) => (
            <li key={photo.key} className="photo-picker-thumb">
              <img src={photo.src} alt={t("photoPicker.photoN", { n: i + 1 })} />
              <PlainButton
                className="photo-picker-remove"
                onClick={() => onRemove(i)}
                aria-label={t("photoPicker.remove", { n: i + 1 })}
              >
                ×
              </PlainButton>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
