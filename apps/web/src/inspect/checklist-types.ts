import type { AppRouter } from "@cw/server";
import type { inferRouterOutputs } from "@trpc/server";

export type { CheckResult } from "@cw/domain";

type Outputs = inferRouterOutputs<AppRouter>;
export type ChecklistView = Outputs["fieldChecks"]["checklist"];
export type ChecklistItemView = ChecklistView["items"][number];
export type CategoryView = Outputs["categories"]["list"][number];
