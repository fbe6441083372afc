import { type Actor, type InspectionView, shanghaiDate } from "@cw/domain";
import { toDateColumn } from "../date-columns.ts";
import { lockForTransaction } from "../queries/locks.ts";
import { insertInspection, loadInspection, retryOnTakenCode } from "./inspections.ts";
import type { ServiceContext } from "./service-context.ts";

/**
 * The actor's routine inspection of a site today (Beijing), found or created in one
 * transaction: a field check on the phone needs one, and the phone may send twice (a reply
 * lost on the way back) or two phones at once. Under a lock on (actor, site, day) the second
 * call finds what the first created.
 */
export async function ensureTodaysInspection(
  ctx: ServiceContext<Actor>,
  input: { siteId: string },
): Promise<InspectionView> {
  const date = shanghaiDate(ctx.now);
  const id = await retryOnTakenCode(() =>
    ctx.prisma.$transaction(async (tx) => {
      await lockForTransaction(tx, `todays-inspection:${ctx.actor.id}:${input.siteId}:${date}`);
      const existing = await tx.inspection.findFirst({
        where: {
          kind: "routine",
          date: toDateColumn(date),
          sites: { some: { siteId: input.siteId } },
          members: { some: { userId: ctx.actor.id } },
        },
        orderBy: { code: "asc" },
        select: { id: true },
      });
      if (existing) return existing.id;
      return insertInspection(tx, ctx, {
        kind: "routine",
        date,
        memberIds: [ctx.actor.id],
        siteIds: [input.siteId],
        notes: "",
      });
    }),
  );
  return (await loadInspection(ctx.prisma, id)) as InspectionView;
}
