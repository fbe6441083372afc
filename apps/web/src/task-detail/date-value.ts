import dayjs, { type Dayjs } from "dayjs";
import "dayjs/locale/zh-cn";

// The API takes calendar dates ("YYYY-MM-DD", Beijing dates already); the picker works in
// dayjs values. These two keep the form's value a plain date string, never shifted by a zone.
export const dateProps = {
  normalize: (value: Dayjs | null) => (value ? value.format("YYYY-MM-DD") : undefined),
  getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : null }),
};

/** The picker's month and weekday names follow dayjs's locale. */
export function setPickerLocale(language: string): void {
  dayjs.locale(language === "en" ? "en" : "zh-cn");
}
