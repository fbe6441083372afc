import { useTranslation } from "react-i18next";
import { PlainButton } from "../components/plain-controls.tsx";
import { useInspect } from "./inspect-context.ts";

/** Says how the list is ordered, and offers to ask for the position again when it failed. */
export function LocationStatus() {
  const { t } = useTranslation();
  const { position } = useInspect();
  const failed = position.status === "denied" || position.status === "unavailable";
  return (
    <p className="inspect-location" role="status">
      <span>{t(`inspect.location.${position.status}`)}</span>
      {failed && (
        <PlainButton kind="link" onClick={position.locate}>
          {t("inspect.location.retry")}
        </PlainButton>
      )}
    </p>
  );
}
