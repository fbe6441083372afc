import type { Actor, DuplicateCandidate } from "@cw/domain";
import type { Prisma } from "../generated/prisma/client.ts";
import { containsText } from "../queries/contains-text.ts";
import type { ServiceContext } from "./service-context.ts";
import { loadTaskFor } from "./task-access.ts";

const LIMIT = 20;

/**
 * The findings a task may be cancelled as a duplicate of, for the picker: matching the typed
 * code or description, never the finding itself nor another duplicate (an original is a real
 * finding), those at the same site first, newest first. The cancel itself validates again.
 */
export async function listDuplicateCandidates(
  ctx: ServiceContext<Actor>,
  input: { findingId: string; text?: string | undefined },
): Promise<DuplicateCandidate[]> {
  const { prisma } = ctx;
  await loadTaskFor(prisma, ctx.actor, input.findingId);
  const self = await prisma.finding.findUniqueOrThrow({
    where: { id: input.findingId },
    select: { siteId: true },
  });
  const text = input.text?.trim();
  const base: Prisma.FindingWhereInput = {
    id: { not: input.findingId },
    duplicateOfId: null,
    ...(text ? { OR: [{ code: containsText(text) }, { description: containsText(text) }] } : {}),
  };
  const read = (where: Prisma.FindingWhereInput, take: number) =>
    take <= 0
      ? Promise.resolve([])
      : prisma.finding.findMany({
          where: { AND: [base, where] },
          orderBy: [{ foundAt: "desc" }, { id: "desc" }],
          take,
          select: {
            id: true,
            code: true,
            description: true,
            foundAt: true,
            siteId: true,
            site: { select: { name: true } },
            task: { select: { status: true } },
          },
        });
  const sameSite = await read({ siteId: self.siteId }, LIMIT);
  const elsewhere = await read({ siteId: { not: self.siteId } }, LIMIT - sameSite.length);
  return [...sameSite, ...elsewhere].flatMap((f) =>
    f.task
      ? [
          {
            findingId: f.id,
            code: f.code,
            description: f.description,
            siteName: f.site.name,
            sameSite: f.siteId === self.siteId,
            status: f.task.status,
            foundAt: f.foundAt,
          },
        ]
      : [],
  );
}
