import { z } from "zod";
import { deadlineCountdownSchema } from "../deadline-countdown.ts";
import { FINDING_STATUSES, findingStatusSchema } from "../finding-status.ts";
import {
  escalationLevelSchema,
  findingSourceSchema,
  severitySchema,
} from "../finding-vocabulary.ts";
import { WARNING_LEVELS } from "../overdue.ts";
import { LIST_SORTS, TASK_TIMING_FILTERS } from "../task-list-options.ts";
import {
  calendarDateInput,
  idSchema,
  latitudeSchema,
  longitudeSchema,
  pageInput,
  pageOutput,
  searchText,
  shortText,
  textInput,
  timestampInput,
} from "./common.ts";

export const createFindingInputSchema = z.object({
  siteId: idSchema,
  /** Citizen reports and higher-level feedback come without an inspection. */
  inspectionId: idSchema.optional(),
  source: findingSourceSchema,
  category: shortText(64),
  severity: severitySchema.default("normal"),
  description: shortText(2000),
  photoIds: z.array(idSchema).max(9).default([]),
  latitude: latitudeSchema.optional(),
  longitude: longitudeSchema.optional(),
  /** When the problem was seen; defaults to the photo's capture time, then to now. */
  foundAt: timestampInput.optional(),
  standardId: idSchema.optional(),
  /**
   * A key the client chose for this entry (the phone's offline queue): sending the same key
   * again returns the finding already created instead of logging a duplicate.
   */
  clientRef: textInput().trim().min(8, "field.invalid").max(64, "field.too_long").optional(),
  /** 立行立改: fixed on the spot, with the "after" photos. */
  fixedOnSpot: z
    .object({ afterPhotoIds: z.array(idSchema).min(1, "workflow.photo_required").max(9) })
    .optional(),
});
export type CreateFindingInput = z.infer<typeof createFindingInputSchema>;

export { LIST_SORTS, TASK_TIMING_FILTERS, type TaskTimingFilter } from "../task-list-options.ts";

export const listTasksInputSchema = z.object({
  // Each state at most once: the vocabulary's length, whatever states it grows.
  status: z.array(findingStatusSchema).max(FINDING_STATUSES.length).optional(),
  unitId: idSchema.optional(),
  /** Tasks this person owns. */
  ownerId: idSchema.optional(),
  /** Tasks the signed-in user owns ("mine"). */
  mine: z.boolean().optional(),
  siteId: idSchema.optional(),
  siteTypeId: idSchema.optional(),
  gridId: idSchema.optional(),
  /** The findings one inspection logged (a 督查通报 of that inspection lists them). */
  inspectionId: idSchema.optional(),
  category: textInput().max(64, "field.too_long").optional(),
  source: findingSourceSchema.optional(),
  timing: z.enum(TASK_TIMING_FILTERS).optional(),
  warning: z.enum(WARNING_LEVELS).optional(),
  foundFrom: calendarDateInput.optional(),
  foundTo: calendarDateInput.optional(),
  /** Only open tasks (OPEN_FINDING_STATUSES): the list behind an overview "open" bar. */
  open: z.boolean().optional(),
  /** Closed out on these days (Beijing), and deadlines within these dates (inclusive). */
  closedFrom: calendarDateInput.optional(),
  closedTo: calendarDateInput.optional(),
  deadlineFrom: calendarDateInput.optional(),
  deadlineTo: calendarDateInput.optional(),
  /** Matches the finding's code or description, or its site's name or address. */
  text: searchText().optional(),
  sort: z.enum(LIST_SORTS).default("found_desc"),
  ...pageInput,
});
export type ListTasksInput = z.infer<typeof listTasksInputSchema>;
export type TaskListSort = (typeof LIST_SORTS)[number];

/** The 督办 mark a task carries once escalated: the latest notice's level, how many were issued. */
export const escalationMarkSchema = z.object({
  level: escalationLevelSchema,
  count: z.number().int().positive(),
});
export type EscalationMark = z.infer<typeof escalationMarkSchema>;

export const taskListItemSchema = z.object({
  findingId: z.uuid(),
  taskId: z.uuid(),
  code: z.string(),
  siteId: z.uuid(),
  siteName: z.string(),
  siteTypeName: z.string(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  category: z.string(),
  source: findingSourceSchema,
  severity: severitySchema,
  description: z.string(),
  status: findingStatusSchema,
  deadline: z.string().nullable(),
  dueAt: z.date().nullable(),
  foundAt: z.date(),
  updatedAt: z.date(),
  overdue: z.boolean(),
  warning: z.enum(WARNING_LEVELS).nullable(),
  /** 逾期 N 个工作日 / 今天到期 / 剩 N 个工作日 for an open task with a deadline. */
  countdown: deadlineCountdownSchema.nullable(),
  /** The 督办 mark: the latest notice's level and how many notices the task received. */
  escalation: escalationMarkSchema.nullable(),
  /** For a task awaiting dispatch: the unit a (bulk) dispatch starts with (suggestedDispatchUnit). */
  suggestedUnitId: z.uuid().nullable(),
  version: z.number().int(),
});
export type TaskListItem = z.infer<typeof taskListItemSchema>;
export const taskListOutputSchema = pageOutput(taskListItemSchema);

export const countTasksOutputSchema = z.object({
  total: z.number().int(),
});

export const findingIdInput = z.object({ findingId: idSchema });
