import { type Actor, DomainError, notFound } from "@cw/domain";
import { fromDateColumn } from "../../date-columns.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Tx } from "../audit.ts";

export const REQUIREMENT_ENTITY = "material_requirement";

/** A requirement's own columns, as the services check and the audit trail records them. */
export const REQUIREMENT_COLUMNS = {
  id: true,
  standardId: true,
  title: true,
  description: true,
  unitId: true,
  dueDate: true,
  status: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.MaterialRequirementSelect;
export type RequirementRow = Prisma.MaterialRequirementGetPayload<{
  select: typeof REQUIREMENT_COLUMNS;
}>;

/** Unit officers see only their own unit's requirements; everyone else sees all. */
export function requirementScope(actor: Pick<Actor, "role" | "unitId">) {
  return actor.role === "unit_officer"
    ? ({ unitId: actor.unitId ?? "" } satisfies Prisma.MaterialRequirementWhereInput)
    : {};
}

/**
 * Loads a requirement for an actor: unknown → not found; a unit officer asking about another
 * unit's requirement → forbidden.
 */
export async function loadRequirementFor(
  tx: Tx,
  actor: Pick<Actor, "role" | "unitId">,
  id: string,
): Promise<RequirementRow> {
  const requirement = await tx.materialRequirement.findUnique({
    where: { id },
    select: REQUIREMENT_COLUMNS,
  });
  if (!requirement) throw notFound("material requirement", id);
  if (actor.role === "unit_officer" && requirement.unitId !== actor.unitId) {
    throw new DomainError("forbidden", "material.forbidden_unit");
  }
  return requirement;
}

/**
 * Who made the latest submission: the requirement has no column for it, the review trail
 * has it (its times strictly increase per requirement, see material-transition.ts).
 */
export async function lastSubmitterId(tx: Tx, requirementId: string): Promise<string | null> {
  const review = await tx.materialReview.findFirst({
    where: { requirementId, action: "submit" },
    orderBy: { createdAt: "desc" },
    select: { actorId: true },
  });
  return review?.actorId ?? null;
}

/** Snapshot for the audit trail: the row with its date as the calendar date it means. */
export function requirementSnapshot(row: RequirementRow): Record<string, unknown> {
  return { ...row, dueDate: fromDateColumn(row.dueDate) };
}
