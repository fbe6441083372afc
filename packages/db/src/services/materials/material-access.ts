import { type Actor, DomainError, METHODS, notFound, SECTION_OF_METHOD } from "@cw/domain";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Tx } from "../audit.ts";

export const REQUIREMENT_ENTITY = "material_requirement";

/** The methods whose points count in the materials section (材料审核, 听取汇报). */
export const MATERIALS_METHODS = METHODS.filter((m) => SECTION_OF_METHOD[m] === "materials");

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
) {
  const requirement = await tx.materialRequirement.findUnique({ where: { id } });
  if (!requirement) throw notFound("material requirement", id);
  if (actor.role === "unit_officer" && requirement.unitId !== actor.unitId) {
    throw new DomainError("forbidden", "material.forbidden_unit");
  }
  return requirement;
}

export function assertRequirementVersion(row: { version: number }, expected: number): void {
  if (row.version !== expected) throw new DomainError("conflict", "material.stale_version");
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
export function requirementSnapshot(row: {
  dueDate: Date | null;
  [key: string]: unknown;
}): Record<string, unknown> {
  return { ...row, dueDate: row.dueDate ? row.dueDate.toISOString().slice(0, 10) : null };
}

/** A calendar date as PostgreSQL's DATE reads it through Prisma: midnight UTC. */
export const dateOnly = (day: string) => new Date(`${day}T00:00:00Z`);
