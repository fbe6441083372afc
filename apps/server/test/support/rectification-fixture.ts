import type { TaskDetail } from "@cw/domain";
import type { apiFor } from "./e2e-session.ts";

/**
 * A "new" finding at one of unit U04's sites (市交通运输局, the `officer` user's unit): from the
 * demo data if it has one (the demo spreads states over findings pseudo-randomly, so there may be none), else logged now.
 */
export async function newFindingOfUnit(
  api: ReturnType<typeof apiFor>,
): Promise<{ id: string; code: string }> {
  const units = await api.query<{ id: string; code: string }[]>("units.list", {});
  const unit = units.find((u) => u.code === "U04");
  if (!unit) throw new Error("the demo city has no unit U04");
  const sites = await api.query<{ items: { id: string }[] }>("sites.list", { unitId: unit.id });
  const siteIds = new Set(sites.items.map((s) => s.id));
  const list = await api.query<{ items: { findingId: string; code: string; siteId: string }[] }>(
    "tasks.list",
    { status: ["new"], limit: 200 },
  );
  const found = list.items.find((t) => siteIds.has(t.siteId));
  if (found) return { id: found.findingId, code: found.code };
  const [siteId] = siteIds;
  const categories = await api.query<{ code: string }[]>("categories.list", {});
  const created = await api.mutate<{ findingId?: string; id?: string }>("findings.create", {
    siteId,
    source: "citizen_report",
    category: categories[0]?.code,
    description: "候车厅座椅破损（端到端测试）",
  });
  const id = (created.findingId ?? created.id) as string;
  const task = await api.query<TaskDetail>("tasks.get", { findingId: id });
  return { id, code: task.code };
}
