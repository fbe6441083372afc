import {
  escalateTask,
  getTask,
  listDuplicateCandidates,
  listTaskHistory,
  listUnitOfficers,
  postTaskProgress,
  setTaskDeadline,
  transitionTask,
} from "@cw/db";
import {
  ALL_ROLES,
  duplicateCandidatesInputSchema,
  duplicateCandidatesOutputSchema,
  escalateInputSchema,
  findingIdInput,
  postProgressInputSchema,
  setDeadlineInputSchema,
  taskDetailSchema,
  taskHistoryOutputSchema,
  taskVersionOutputSchema,
  transitionInputSchema,
  unitOfficersInputSchema,
  unitOfficersOutputSchema,
} from "@cw/domain";
import { z } from "zod";
import { allow, router } from "../trpc.ts";
import { taskListProcedures } from "./task-list-procedures.ts";

export const taskWorkflowProcedures = {
  get: allow(...ALL_ROLES)
    .input(findingIdInput)
    .output(taskDetailSchema)
    .query(({ ctx, input }) => getTask(ctx.svc, input)),

  history: allow(...ALL_ROLES)
    .input(findingIdInput)
    .output(taskHistoryOutputSchema)
    .query(({ ctx, input }) => listTaskHistory(ctx.svc, input)),

  /** Every workflow action; the domain's transition table decides who may do what. */
  transition: allow("coordinator", "inspector", "unit_officer")
    .input(transitionInputSchema)
    .output(taskVersionOutputSchema)
    .mutation(({ ctx, input }) => transitionTask(ctx.svc, input)),

  setDeadline: allow("coordinator")
    .input(setDeadlineInputSchema)
    .output(taskVersionOutputSchema)
    .mutation(({ ctx, input }) => setTaskDeadline(ctx.svc, input)),

  escalate: allow("coordinator")
    .input(escalateInputSchema)
    .output(z.object({ escalationId: z.uuid() }))
    .mutation(({ ctx, input }) => escalateTask(ctx.svc, input)),

  /** The cancel-as-duplicate picker's choices (the dispatchers who may cancel one). */
  duplicateCandidates: allow("coordinator")
    .input(duplicateCandidatesInputSchema)
    .output(duplicateCandidatesOutputSchema)
    .query(({ ctx, input }) => listDuplicateCandidates(ctx.svc, input)),

  /** Who may own the unit's tasks: the choices of the dispatch and transfer owner pickers. */
  unitOfficers: allow(...ALL_ROLES)
    .input(unitOfficersInputSchema)
    .output(unitOfficersOutputSchema)
    .query(({ ctx, input }) => listUnitOfficers(ctx.svc, input)),

  postProgress: allow("unit_officer")
    .input(postProgressInputSchema)
    .output(z.object({ progressId: z.uuid() }))
    .mutation(({ ctx, input }) => postTaskProgress(ctx.svc, input)),
};

export const tasksRouter = router({ ...taskListProcedures, ...taskWorkflowProcedures });
