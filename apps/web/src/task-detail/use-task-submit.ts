import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "../lib/trpc.ts";
import type { TaskFormKind } from "./task-form-kinds.ts";

export interface TaskRef {
  findingId: string;
  version: number;
}

/**
 * One function for every task form: sends the form's values with the task's id and the
 * version it was read at (the server refuses a stale one), through the matching procedure.
 */
export function useTaskSubmit() {
  const trpc = useTRPC();
  const transition = useMutation(trpc.tasks.transition.mutationOptions());
  const setDeadline = useMutation(trpc.tasks.setDeadline.mutationOptions());
  const escalate = useMutation(trpc.tasks.escalate.mutationOptions());
  const progress = useMutation(trpc.tasks.postProgress.mutationOptions());

  return async (kind: TaskFormKind, task: TaskRef, values: Record<string, unknown>) => {
    // Empty optional fields are left out, so the server applies its defaults (a dispatch
    // without a deadline gets the category's default number of working days).
    const clean = Object.fromEntries(
      Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ""),
    );
    const base = { findingId: task.findingId, expectedVersion: task.version };
    // The schemas were checked field by field by the form; the server checks the whole again.
    if (kind.type === "transition") {
      return transition.mutateAsync({ ...base, ...clean, action: kind.action } as never);
    }
    if (kind.type === "setDeadline") return setDeadline.mutateAsync({ ...base, ...clean } as never);
    if (kind.type === "escalate") return escalate.mutateAsync({ ...base, ...clean } as never);
    return progress.mutateAsync({
      findingId: task.findingId,
      photoIds: [],
      ...clean,
    } as never);
  };
}
