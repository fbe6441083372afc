// One palette for every chart, so "overdue" is the same red everywhere.
export const COLORS = {
  open: "#2f6fde",
  opened: "#2f6fde",
  closed: "#389e0d",
  overdue: "#d4380d",
  onTime: "#389e0d",
  unranked: "#bfbfbf",
} as const;

/** Bar value labels: a zero bar has no height to label, and a row of zeros is noise. */
export const hideZero = (value: unknown) => (value ? String(value) : "");
