import type { OverviewFilters } from "@cw/domain";
import { DatePicker } from "antd";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";

const DATE = "YYYY-MM-DD";

/**
 * The custom period's date range. Loaded only when someone picks "custom": the date picker
 * and its date library are a large part of antd and most views use a preset.
 */
export default function PeriodRangePicker({
  filters,
  onChange,
}: {
  filters: OverviewFilters;
  onChange: (patch: Partial<OverviewFilters>) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  // The picker's month and weekday names follow dayjs's locale.
  dayjs.locale(language === "en" ? "en" : "zh-cn");
  return (
    <DatePicker.RangePicker
      aria-label={t("overview.periodCustom")}
      allowEmpty={[true, true]}
      // The values are calendar dates in Beijing, as the URL holds them; no time zone applies.
      value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
      onChange={(range) =>
        onChange({ from: range?.[0]?.format(DATE), to: range?.[1]?.format(DATE) })
      }
    />
  );
}
