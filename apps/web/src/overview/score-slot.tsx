import { Empty } from "antd";
import { useTranslation } from "react-i18next";

/**
 * SLOT for the assessment-scoring feature (built separately): projected score per system
 * against its target, by section and item, and the score history. Replace this component's
 * body with those charts; the overview page already reserves the place and passes nothing,
 * so the scoring charts should read the same URL filters (useOverviewFilters) themselves.
 */
export function ScoreSlot() {
  const { t } = useTranslation();
  return (
    <section
      className="card chart-card score-slot"
      aria-labelledby="score-slot-title"
      data-testid="slot-projected-score"
    >
      <header className="card-header">
        <h2 id="score-slot-title">{t("overview.scoreSlot")}</h2>
      </header>
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("overview.scoreSlotHint")} />
    </section>
  );
}
