import { z } from "zod";
import {
  type FindingStatus,
  findingStatusSchema,
  OPEN_FINDING_STATUSES,
} from "./finding-status.ts";
import type { Actor } from "./roles.ts";
import { TASK_TIMING_FILTERS } from "./schemas/findings.ts";
import { TASK_EDIT_ROLES, taskStateAllows } from "./task-edits.ts";
import {
  actionNeeds,
  type PhotoSettings,
  TRANSITION_FIELDS,
  TRANSITIONS,
  transitionRefusal,
  WORKFLOW_ACTIONS,
} from "./workflow.ts";

/**
 * The coordinators' rectification board: overdue work first, then the loop's states in order
 * ("verify" is the verification queue). Each tab is a plain filter of tasks.list, so its count
 * and rows come from the server's own definitions of "overdue" and of each state; the bulk
 * action it offers is read from the workflow and edit tables for the user asking.
 */
export const BOARD_TAB_FILTERS = [
  { key: "overdue", filter: { timing: "overdue" } },
  { key: "new", filter: { status: ["new"] } },
  { key: "pushed_back", filter: { status: ["pushed_back"] } },
  { key: "extension", filter: { timing: "extension_requested" } },
  { key: "assigned", filter: { status: ["assigned"] } },
  { key: "in_progress", filter: { status: ["in_progress"] } },
  { key: "verify", filter: { status: ["submitted"] } },
  { key: "rework", filter: { status: ["returned", "partly_fixed"] } },
  { key: "closed", filter: { status: ["closed"] } },
] as const satisfies readonly {
  key: string;
  filter: { status?: readonly FindingStatus[]; timing?: (typeof TASK_TIMING_FILTERS)[number] };
}[];

export const BULK_ACTIONS = ["dispatch", "escalate"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export const boardTabSchema = z.object({
  key: z.string(),
  filter: z.object({
    status: z.array(findingStatusSchema).optional(),
    timing: z.enum(TASK_TIMING_FILTERS).optional(),
  }),
  /** The bulk action this tab offers on its selected rows, or null. */
  bulk: z.enum(BULK_ACTIONS).nullable(),
  /** The fields the bulk action demands beyond its schema (as availableActionNeeds). */
  bulkNeeds: z.array(z.enum(TRANSITION_FIELDS)),
});
export type BoardTab = z.infer<typeof boardTabSchema>;
export const boardTabsOutputSchema = z.array(boardTabSchema);

/** A state is dispatched once it is no longer one dispatch leaves from (it has a unit). */
const isDispatched = (status: FindingStatus) =>
  !(TRANSITIONS.dispatch.from as readonly FindingStatus[]).includes(status);

/** The unit owes the next step: some unit officer's action leaves from this state. */
export function awaitingUnit(status: FindingStatus): boolean {
  return WORKFLOW_ACTIONS.some((action) => {
    const rule = TRANSITIONS[action];
    return rule.roles.includes("unit_officer") && rule.from.includes(status);
  });
}

/** The states a tab's tasks can be in: its own, or for a timing filter the dispatched open ones. */
function statusesOf(filter: BoardTab["filter"]): readonly FindingStatus[] {
  return filter.status ?? OPEN_FINDING_STATUSES.filter(isDispatched);
}

/**
 * What a tab offers to do with many tasks at once: dispatch where the actor may dispatch some
 * of its states; otherwise a 督办 notice where the actor may escalate and the unit owes the
 * next step (a notice presses a unit, not the verifiers); otherwise nothing.
 */
export function bulkActionFor(statuses: readonly FindingStatus[], actor: Actor): BulkAction | null {
  const task = (status: FindingStatus) => ({
    findingId: "",
    status,
    unitId: isDispatched(status) ? "unit" : null,
    submittedById: null,
    extensionPending: false,
    deadline: null,
  });
  if (statuses.some((s) => transitionRefusal(task(s), actor, "dispatch") === null)) {
    return "dispatch";
  }
  const mayEscalate = TASK_EDIT_ROLES.escalate.includes(actor.role);
  if (mayEscalate && statuses.some((s) => awaitingUnit(s) && taskStateAllows("escalate", task(s))))
    return "escalate";
  return null;
}

/** The board's tabs for this actor, each with its bulk action and what that demands. */
export function boardTabs(actor: Actor, settings: PhotoSettings): BoardTab[] {
  return BOARD_TAB_FILTERS.map((tab) => {
    const filter: BoardTab["filter"] =
      "status" in tab.filter ? { status: [...tab.filter.status] } : { timing: tab.filter.timing };
    const bulk = bulkActionFor(statusesOf(filter), actor);
    return {
      key: tab.key,
      filter,
      bulk,
      bulkNeeds: bulk === "dispatch" ? actionNeeds("dispatch", settings) : [],
    };
  });
}
