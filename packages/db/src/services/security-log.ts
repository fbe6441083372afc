import type { ListSecurityEventsInput } from "@cw/domain";
import { invalidCursor } from "../queries/page-cursor.ts";
import type { ServiceContext } from "./service-context.ts";

/** The security log (sign-ins, failures, lockouts), newest first; admins only (router). */
export async function listSecurityEvents(ctx: ServiceContext, input: ListSecurityEventsInput) {
  let before: bigint | undefined;
  if (input.cursor) {
    if (!/^\d{1,19}$/.test(input.cursor)) throw invalidCursor();
    before = BigInt(input.cursor);
  }
  const rows = await ctx.prisma.securityEvent.findMany({
    where: {
      ...(input.kind ? { kind: input.kind } : {}),
      ...(input.username ? { username: { equals: input.username, mode: "insensitive" } } : {}),
      ...(before !== undefined ? { id: { lt: before } } : {}),
    },
    select: { id: true, at: true, kind: true, username: true, userId: true, address: true },
    orderBy: { id: "desc" },
    take: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((r) => ({ ...r, id: r.id.toString() })),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id.toString() ?? null) : null,
  };
}
