import { z } from "zod";
import { deadlineCountdownSchema } from "../deadline-countdown.ts";
import { extensionStatusSchema } from "../extension-status.ts";
import { findingStatusSchema } from "../finding-status.ts";
import {
  escalationLevelSchema,
  findingSourceSchema,
  severitySchema,
} from "../finding-vocabulary.ts";
import { WARNING_LEVELS } from "../overdue.ts";
import { taskEditSchema } from "../task-edits.ts";
import { TRANSITION_FIELDS, workflowActionSchema } from "../workflow.ts";
import { calendarDateInput, idSchema, longText, shortText } from "./common.ts";
import { escalationMarkSchema } from "./findings.ts";

const photoIds = z.array(idSchema).max(9).optional();
const reason = longText(1000).optional();
const base = { findingId: idSchema, expectedVersion: z.number().int().min(1) };

/** One procedure moves a task through the workflow; each action declares its own fields. */
export const transitionInputSchema = z.discriminatedUnion("action", [
  z.object({
    ...base,
    action: z.literal("dispatch"),
    unitId: idSchema,
    /** The officer of that unit who answers for the task; else whoever claims it. */
    ownerId: idSchema.optional(),
    deadline: calendarDateInput.optional(),
    /** 派发要求: what the unit is to do, and photos or scans to go with it. */
    instructions: longText(2000).optional(),
    photoIds,
  }),
  z.object({ ...base, action: z.literal("claim") }),
  z.object({ ...base, action: z.literal("submit"), note: longText(2000), photoIds }),
  z.object({ ...base, action: z.literal("close"), comment: longText(1000).optional(), photoIds }),
  z.object({ ...base, action: z.literal("return"), reason, photoIds }),
  z.object({ ...base, action: z.literal("mark_partly_fixed"), reason, photoIds }),
  z.object({ ...base, action: z.literal("resume") }),
  z.object({
    ...base,
    action: z.literal("reopen"),
    reason,
    deadline: calendarDateInput.optional(),
  }),
  z.object({
    ...base,
    action: z.literal("fix_on_spot"),
    photoIds,
    note: longText(1000).optional(),
  }),
  z.object({ ...base, action: z.literal("cancel_duplicate"), duplicateOfId: idSchema, reason }),
  z.object({
    ...base,
    action: z.literal("transfer"),
    unitId: idSchema,
    /** The new unit's officer; omitted, the task has no owner until someone claims it. */
    ownerId: idSchema.optional(),
    reason,
    deadline: calendarDateInput.optional(),
  }),
  z.object({
    ...base,
    action: z.literal("request_extension"),
    /** The date the unit asks for: later than the current deadline. */
    deadline: calendarDateInput.optional(),
    reason,
  }),
  z.object({
    ...base,
    action: z.literal("approve_extension"),
    /** Another date than the one asked for; omitted, the unit's date. */
    deadline: calendarDateInput.optional(),
    comment: longText(1000).optional(),
  }),
  z.object({ ...base, action: z.literal("refuse_extension"), reason }),
  z.object({ ...base, action: z.literal("push_back"), reason }),
]);
export type TransitionInput = z.infer<typeof transitionInputSchema>;

export const setDeadlineInputSchema = z.object({
  ...base,
  deadline: calendarDateInput,
  reason: shortText(1000),
});

export const escalateInputSchema = z.object({
  ...base,
  level: escalationLevelSchema,
  noticeText: shortText(4000),
});

export const postProgressInputSchema = z.object({
  findingId: idSchema,
  note: shortText(2000),
  photoIds: z.array(idSchema).max(9).default([]),
});

const photoRef = z.object({ id: z.uuid(), url: z.string(), thumbnailUrl: z.string() });
const personRef = z.object({ id: z.uuid(), name: z.string() });

/** The officers of a unit, who may own its tasks (the owner pickers). */
export const unitOfficersInputSchema = z.object({ unitId: idSchema });
export const unitOfficersOutputSchema = z.array(personRef);

export const taskDetailSchema = z.object({
  findingId: z.uuid(),
  taskId: z.uuid(),
  code: z.string(),
  site: z.object({ id: z.uuid(), name: z.string(), siteTypeName: z.string(), address: z.string() }),
  inspectionId: z.uuid().nullable(),
  source: findingSourceSchema,
  category: z.string(),
  severity: severitySchema,
  description: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  foundAt: z.date(),
  reporterId: z.uuid().nullable(),
  standardId: z.uuid().nullable(),
  duplicateOfId: z.uuid().nullable(),
  status: findingStatusSchema,
  unit: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  ownerId: z.uuid().nullable(),
  owner: personRef.nullable(),
  /**
   * For a dispatch: the site's responsible unit and its on-site contact (包保责任人) when the
   * contact is an officer of that unit — what the form pre-fills. Null when not dispatchable.
   */
  dispatchSuggestion: z
    .object({
      unit: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      owner: personRef.nullable(),
    })
    .nullable(),
  deadline: z.string().nullable(),
  dueAt: z.date().nullable(),
  assignedAt: z.date().nullable(),
  claimedAt: z.date().nullable(),
  submittedAt: z.date().nullable(),
  submittedById: z.uuid().nullable(),
  closedAt: z.date().nullable(),
  resolution: z.string().nullable(),
  version: z.number().int(),
  overdue: z.boolean(),
  warning: z.enum(WARNING_LEVELS).nullable(),
  countdown: deadlineCountdownSchema.nullable(),
  escalation: escalationMarkSchema.nullable(),
  availableActions: z.array(workflowActionSchema),
  /** For each available action, the fields it demands under the current settings. */
  actionNeeds: z.partialRecord(workflowActionSchema, z.array(z.enum(TRANSITION_FIELDS))),
  /** Deadline, escalation and progress edits this user may make now. */
  availableEdits: z.array(taskEditSchema),
  photos: z.array(photoRef.extend({ kind: z.string() })),
  progress: z.array(
    z.object({
      id: z.uuid(),
      authorId: z.uuid(),
      note: z.string(),
      kind: z.string(),
      createdAt: z.date(),
      photos: z.array(photoRef),
    }),
  ),
  verifications: z.array(
    z.object({
      id: z.uuid(),
      result: z.string(),
      verifierId: z.uuid(),
      comment: z.string(),
      createdAt: z.date(),
      photos: z.array(photoRef),
    }),
  ),
  escalations: z.array(
    z.object({
      id: z.uuid(),
      level: escalationLevelSchema,
      noticeText: z.string(),
      issuedById: z.uuid(),
      issuedAt: z.date(),
    }),
  ),
  /** 申请延期, oldest first: what was asked, why, and what the coordinator decided. */
  extensionRequests: z.array(
    z.object({
      id: z.uuid(),
      requestedBy: z.string(),
      requestedAt: z.date(),
      reason: z.string(),
      previousDeadline: z.string().nullable(),
      proposedDeadline: z.string(),
      status: extensionStatusSchema,
      decidedBy: z.string().nullable(),
      decidedAt: z.date().nullable(),
      decisionNote: z.string().nullable(),
      grantedDeadline: z.string().nullable(),
    }),
  ),
  /** While pushed back: the unit that said the task is not its own, when and why. */
  pushedBack: z
    .object({
      unit: z.object({ id: z.uuid(), name: z.string() }),
      at: z.date(),
      reason: z.string(),
    })
    .nullable(),
});
export type TaskDetail = z.infer<typeof taskDetailSchema>;

export const auditEventSchema = z.object({
  id: z.string(),
  at: z.date(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  reason: z.string().nullable(),
});
export const taskHistoryOutputSchema = z.array(auditEventSchema);

export const taskVersionOutputSchema = z.object({
  findingId: z.uuid(),
  status: findingStatusSchema,
  version: z.number().int(),
});
