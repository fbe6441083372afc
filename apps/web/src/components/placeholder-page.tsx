import { Empty, Typography } from "antd";
import { useTranslation } from "react-i18next";

/** A titled empty state for a screen another issue builds; replace the whole module. */
export function PlaceholderPage({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <main className="page">
      <Typography.Title level={2}>{t(titleKey)}</Typography.Title>
      <Empty description={t("app.comingSoon")} data-testid="placeholder">
        <Typography.Text type="secondary">{t("app.comingSoonHint")}</Typography.Text>
      </Empty>
    </main>
  );
}
