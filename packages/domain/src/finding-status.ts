import { z } from "zod";

/**
 * States of a finding on its way through the rectification loop (整改).
 * The transitions between them are defined in the workflow module; this is only the vocabulary.
 */
export const FINDING_STATUSES = [
  "new", // 新发现: logged, not yet dispatched
  "assigned", // 已派发: dispatched to a responsible unit
  "in_progress", // 整改中: an owner at the unit claimed it
  "submitted", // 待复查: fix submitted with evidence, awaiting verification
  "returned", // 已退回: verification rejected the fix
  "partly_fixed", // 部分整改: verification found it partly fixed
  "pushed_back", // 退回待改派: the unit said it is not its responsibility; the coordinator re-dispatches
  "closed", // 已销号: verified fixed, or fixed on the spot
  "cancelled", // 已撤销: duplicate of another finding
] as const;

export const findingStatusSchema = z.enum(FINDING_STATUSES);
export type FindingStatus = z.infer<typeof findingStatusSchema>;

/** Statuses in which work is still owed. Everything "open", "overdue" or "due soon" starts here. */
export const OPEN_FINDING_STATUSES = [
  "new",
  "assigned",
  "in_progress",
  "submitted",
  "returned",
  "partly_fixed",
  "pushed_back",
] as const satisfies readonly FindingStatus[];

export function isOpenStatus(status: FindingStatus): boolean {
  return (OPEN_FINDING_STATUSES as readonly FindingStatus[]).includes(status);
}
