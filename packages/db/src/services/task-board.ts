import { type Actor, type BoardTab, boardTabs } from "@cw/domain";
import type { ServiceContext } from "./service-context.ts";
import { loadSettings } from "./settings.ts";

/** The board's tabs for this user: each filter and the bulk action it offers (the domain's). */
export async function readBoardTabs(ctx: ServiceContext<Actor>): Promise<BoardTab[]> {
  return boardTabs(ctx.actor, await loadSettings(ctx.prisma));
}
