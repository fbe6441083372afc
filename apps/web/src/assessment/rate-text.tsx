import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { formatShare } from "../lib/format.ts";
import type { SurveyRate } from "./api-types.ts";

/**
 * A survey rate with its sample and 95% interval. Below the minimum sample the server sends
 * no rate at all, and none is shown: "样本不足 (n=12/30)", never a percentage.
 */
export function RateText({ rate }: { rate: SurveyRate }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (rate.status === "sample_too_small")
    return (
      <span className="muted" data-testid="rate-too-small">
        {t("assessment.sampleTooSmall", { n: rate.n, minimum: rate.minimum })}
      </span>
    );
  return (
    <span data-testid="rate-ok">
      <strong>{formatShare(rate.rate, language)}</strong>{" "}
      <span className="muted">
        {t("assessment.rateDetail", {
          n: rate.n,
          low: formatShare(rate.ciLow, language),
          high: formatShare(rate.ciHigh, language),
        })}
      </span>
    </span>
  );
}
