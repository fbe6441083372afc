import type { ReportFormOptions } from "@cw/domain";
import { plainQuery } from "../lib/plain-api.ts";

// The report form's lists (categories, sites), asked as the page starts loading (app.tsx) rather
// than once its code has arrived and drawn: on a slow phone network that is a round trip less
// before the form shows (issue 15).
let first: Promise<ReportFormOptions> | undefined;

const ask = () => plainQuery<ReportFormOptions>("citizenReports.formOptions");

/** Starts asking for the lists (the first load at /report). */
export function prefetchReportOptions(): void {
  first ??= ask();
}

/** The lists: the prefetched answer the first time, a new request after (a retry). */
export function loadReportOptions(): Promise<ReportFormOptions> {
  const answer = first ?? ask();
  first = undefined;
  return answer;
}
