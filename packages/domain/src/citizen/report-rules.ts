import { DomainError } from "../errors.ts";
import type { FindingStatus } from "../finding-status.ts";
import type { CitizenReportStatus, PublicReportStage } from "./vocabulary.ts";

/** Staff see 138****5678: enough to recognise a caller, not to call a stranger. */
export function maskMobile(mobile: string | null): string | null {
  if (!mobile) return null;
  if (mobile.length < 7) return "****";
  return `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
}

/** The code a reporter keeps: unambiguous letters and digits, grouped for reading aloud. */
const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const TRACKING_CODE_PATTERN = /^R[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

/** `random` gives 8 bytes (crypto in the caller): R + 4 + "-" + 4 characters. */
export function trackingCodeFrom(random: Uint8Array): string {
  const chars = [...random.slice(0, 8)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]);
  return `R${chars.slice(0, 4).join("")}-${chars.slice(4, 8).join("")}`;
}

/** Only a report waiting for triage can be accepted, rejected or merged. */
export function triageRefusal(report: { status: CitizenReportStatus }): DomainError | null {
  if (report.status !== "received")
    return new DomainError("conflict", "citizen.already_triaged", { status: report.status });
  return null;
}

export function assertTriageAllowed(report: { status: CitizenReportStatus }): void {
  const refusal = triageRefusal(report);
  if (refusal) throw refusal;
}

/** What the reporter reads: the report's state, then the state of the finding it follows. */
export function publicReportStage(
  report: { status: CitizenReportStatus },
  taskStatus: FindingStatus | null,
): PublicReportStage {
  if (report.status === "received") return "received";
  if (report.status === "rejected") return "rejected";
  if (taskStatus === null || taskStatus === "new") return "accepted";
  if (taskStatus === "closed") return "closed";
  if (taskStatus === "cancelled") return "cancelled";
  if (taskStatus === "submitted") return "verifying";
  return "in_progress";
}

/**
 * 解决了吗? is asked once the finding the reporter follows is closed, once per report and
 * finding; "not fixed" sends the report back to triage with the note.
 */
export function answerRefusal(
  stage: PublicReportStage,
  alreadyAnswered: boolean,
): DomainError | null {
  if (stage !== "closed") return new DomainError("conflict", "citizen.not_closed");
  if (alreadyAnswered) return new DomainError("conflict", "citizen.already_answered");
  return null;
}

/** A unit's satisfaction: the share only from the minimum sample, the count always. */
export function satisfactionShare(
  fixed: number,
  answers: number,
  minSample: number,
): number | null {
  if (answers < minSample || answers === 0) return null;
  return Math.round((fixed / answers) * 1000) / 1000;
}
