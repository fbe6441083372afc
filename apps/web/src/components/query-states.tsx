import { useTranslation } from "react-i18next";

// The three states of every load, in plain markup drawn as antd draws them (its Skeleton,
// Empty and error Alert): they stand on the phone screens' first load, which carries no antd
// (decision 0033), and on every other screen alike. Loading and LoadError are in the plain
// controls' module, which the citizen's page loads too: a chunk of their own cost it 0.3 kB.
export { LoadError, Loading } from "./plain-controls.tsx";

/** Nothing to show: antd's simple Empty picture (plain-controls.css) and why. */
export function NoData({ description }: { description?: string }) {
  const { t } = useTranslation();
  return (
    <div className="no-data">
      <p>{description ?? t("common.empty")}</p>
    </div>
  );
}
