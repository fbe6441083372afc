import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ChecklistItemView, CheckResult } from "./checklist-types.ts";
import type { EntryValues } from "./entry-form.tsx";
import { useInspect } from "./inspect-context.ts";

export interface Notice {
  text: string;
  /** Saved on the phone only for now (no connection). */
  queued: boolean;
  at: Date;
}

/**
 * Turns the inspector's taps and forms into queue entries. Every entry goes through the queue,
 * online or not, so there is one way to send and the phone never loses what was entered.
 */
export function useRecorder(siteId: string, siteName: string) {
  const { t } = useTranslation();
  const { outbox, position, online } = useInspect();
  const [notice, setNotice] = useState<Notice | null>(null);
  const saved = (what: string) =>
    setNotice({
      text: online ? t("inspect.saved", { what }) : t("inspect.savedOffline", { what }),
      queued: !online,
      at: new Date(),
    });

  const answer = async (item: ChecklistItemView, result: CheckResult) => {
    await outbox.add({
      siteId,
      siteName,
      kind: "check",
      check: { standardId: item.standardId, standardCode: item.code, result },
    });
    saved(`${item.code} ${t(`inspect.result.${result}`)}`);
  };

  const saveFailure = async (item: ChecklistItemView, values: EntryValues) => {
    await outbox.add({
      siteId,
      siteName,
      kind: "check",
      check: {
        standardId: item.standardId,
        standardCode: item.code,
        result: "fail",
        category: values.category,
        description: values.description?.trim() || undefined,
      },
      photos: values.photos,
    });
    saved(`${item.code} ${t("inspect.result.fail")}`);
  };

  const saveFinding = async (values: EntryValues) => {
    await outbox.add({
      siteId,
      siteName,
      kind: "finding",
      finding: {
        category: values.category,
        description: values.description?.trim() ?? "",
        latitude: position.coords?.latitude,
        longitude: position.coords?.longitude,
        fixedOnSpot: !!values.fixedOnSpot,
      },
      photos: values.photos,
      afterPhotos: values.fixedOnSpot ? values.afterPhotos : [],
    });
    saved(values.fixedOnSpot ? t("inspect.fixedFinding") : t("inspect.finding"));
  };

  // A later send answers "saved, sending": the outbox's "sent N · HH:mm" says the rest.
  const current = notice && outbox.lastSent && outbox.lastSent.at >= notice.at ? null : notice;
  return { notice: current, answer, saveFailure, saveFinding };
}
