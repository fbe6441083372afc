import { DomainError } from "./errors.ts";
import type { Actor, Role } from "./roles.ts";

/** A person who might own a task: what the rule looks at. */
export interface OwnerCandidate {
  id: string;
  role: Role;
  unitId: string | null;
  active: boolean;
}

/**
 * Why this person may not own a task of this unit, or null. An owner is an active unit officer
 * of the task's unit (issue 10): the person of the unit who answers for the task. The field of
 * the refusal is `ownerId`, for the dispatch and transfer forms.
 */
export function ownerRefusal(candidate: OwnerCandidate | null, unitId: string): DomainError | null {
  if (!candidate?.active) {
    return new DomainError(
      "bad_request",
      "error.reference_missing",
      { field: "ownerId" },
      { ownerId: "error.reference_missing" },
    );
  }
  if (candidate.role !== "unit_officer" || candidate.unitId !== unitId) {
    return new DomainError(
      "bad_request",
      "owner.not_of_unit",
      {},
      { ownerId: "owner.not_of_unit" },
    );
  }
  return null;
}

export function assertOwnerAllowed(candidate: OwnerCandidate | null, unitId: string): void {
  const refused = ownerRefusal(candidate, unitId);
  if (refused) throw refused;
}

/** Who owns a task after a claim: the owner the dispatcher named, else the claiming officer. */
export function ownerAfterClaim(
  task: { ownerId: string | null },
  actor: Pick<Actor, "id">,
): string {
  return task.ownerId ?? actor.id;
}
