import { type Actor, DomainError } from "@cw/domain";
import type { ServiceContext } from "./service-context.ts";

/**
 * The people who may own a unit's tasks — its active officers (ownerRefusal's rule) — for the
 * owner pickers of dispatch and transfer and the unit view's owner filter. Officers see only
 * their own unit's.
 */
export async function listUnitOfficers(
  ctx: ServiceContext<Actor>,
  input: { unitId: string },
): Promise<{ id: string; name: string }[]> {
  if (ctx.actor.role === "unit_officer" && ctx.actor.unitId !== input.unitId) {
    throw new DomainError("forbidden", "error.forbidden_unit");
  }
  const users = await ctx.prisma.user.findMany({
    where: { unitId: input.unitId, role: "unit_officer", active: true },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
    select: { id: true, displayName: true },
  });
  return users.map((u) => ({ id: u.id, name: u.displayName }));
}
