import type { TFunction } from "i18next";
import type { OutboxEntry } from "../offline/outbox-types.ts";

/** A line naming a queued entry, for the waiting list and the log of what was sent. */
export function entryLabel(t: TFunction, entry: OutboxEntry): string {
  if (entry.check) {
    return `${entry.check.standardCode} ${t(`inspect.result.${entry.check.result}`)}`;
  }
  const what = entry.finding?.fixedOnSpot ? t("inspect.fixedFinding") : t("inspect.finding");
  const text = entry.finding?.description ?? "";
  return t("format.labelled", {
    label: what,
    value: text.length > 24 ? `${text.slice(0, 24)}…` : text,
  });
}
