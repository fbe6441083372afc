import {
  type Actor,
  dueSoonCriteria,
  type Locale,
  leaderDigestText,
  OPEN_FINDING_STATUSES,
  shanghaiDate,
  unitDigestText,
  weekStartOf,
} from "@cw/domain";
import { deliveryConfigFromEnv } from "../../channels/delivery-config.ts";
import { fromDateColumn } from "../../date-columns.ts";
import { readOverviewTiles } from "../../queries/overview-tiles.ts";
import { readUnitRanking } from "../../queries/overview-units.ts";
import { dueSoonTaskWhere, overdueTaskWhere } from "../../queries/task-filters.ts";
import type { ServiceContext, SystemServiceContext } from "../service-context.ts";
import { loadCalendar, loadSettings } from "../settings.ts";
import { createNotifications, type NotificationRequest } from "./create-notifications.ts";
import { loadTaskRecipients } from "./task-recipients.ts";

/** The overview's reads take a reader; the job reads as the leaders it writes to. */
const DIGEST_READER: Actor = {
  id: "00000000-0000-0000-0000-000000000000",
  role: "leader",
  unitId: null,
  displayName: "weekly digest",
};

const asLocale = (v: string): Locale => (v === "en" ? "en" : "zh-CN");

/**
 * The weekly digests: to each unit's liaisons and head, its open, due-soon and overdue tasks;
 * to the leaders, the overview's headline figures and the units with most overdue — read
 * through the overview's own reads, so the digest and the screen say the same. One per
 * person and week (dedupeKey), however often the job runs.
 */
export async function runDigests(ctx: SystemServiceContext) {
  const { prisma, now } = ctx;
  const reader: ServiceContext<Actor> = { ...ctx, actor: DIGEST_READER };
  const week = weekStartOf(shanghaiDate(now));
  const { publicUrl } = deliveryConfigFromEnv();
  const [settings, calendar] = await Promise.all([loadSettings(prisma), loadCalendar(prisma)]);
  const requests: NotificationRequest[] = [];

  const units = await prisma.responsibleUnit.findMany({
    where: { tasks: { some: { status: { in: [...OPEN_FINDING_STATUSES] } } } },
    orderBy: { code: "asc" },
    select: { id: true, name: true },
  });
  const soon = dueSoonTaskWhere(dueSoonCriteria(now, calendar, settings.dueSoonWorkingDays));
  for (const unit of units) {
    const [tiles, dueSoon, worst, anyTask] = await Promise.all([
      readOverviewTiles(reader, { unitId: unit.id }),
      prisma.rectificationTask.count({ where: { ...soon, unitId: unit.id } }),
      prisma.rectificationTask.findMany({
        where: { ...overdueTaskWhere(now), unitId: unit.id },
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        take: 5,
        select: { deadline: true, finding: { select: { code: true } } },
      }),
      prisma.rectificationTask.findFirst({
        where: { unitId: unit.id, status: { in: [...OPEN_FINDING_STATUSES] } },
        select: { id: true },
      }),
    ]);
    if (!anyTask) continue;
    const people = await loadTaskRecipients(prisma, [anyTask.id], ["liaison", "head"]);
    const facts = {
      unitName: unit.name,
      weekStart: week,
      open: tiles.openFindings,
      dueSoon,
      overdue: tiles.overdueFindings,
      worst: worst.map((w) => ({ code: w.finding.code, deadline: fromDateColumn(w.deadline) })),
    };
    const link = `/tasks?unitId=${unit.id}`;
    for (const p of people) {
      const who =
        "userId" in p.recipient ? `u:${p.recipient.userId}` : `c:${p.recipient.contactId}`;
      requests.push({
        event: "digest_unit",
        taskId: null,
        recipient: p.recipient,
        ...unitDigestText(p.locale, facts, `${publicUrl}${link}`),
        link,
        dedupeKey: `digest_unit:${unit.id}:${who}:${week}`,
      });
    }
  }

  const [tiles, ranking, leaders] = await Promise.all([
    readOverviewTiles(reader, {}),
    readUnitRanking(reader, {}),
    prisma.user.findMany({
      where: { role: "leader", active: true },
      orderBy: { username: "asc" },
      select: { id: true, locale: true },
    }),
  ]);
  const leaderFacts = {
    weekStart: week,
    openFindings: tiles.openFindings,
    overdueFindings: tiles.overdueFindings,
    onTimeShare: tiles.onTimeShare,
    closedTasks: tiles.closedTasks,
    worstUnits: ranking.byOverdue
      .filter((u) => u.overdue > 0)
      .slice(0, 5)
      .map((u) => ({ unitName: u.unitName, overdue: u.overdue })),
  };
  for (const l of leaders) {
    requests.push({
      event: "digest_leader",
      taskId: null,
      recipient: { userId: l.id },
      ...leaderDigestText(asLocale(l.locale), leaderFacts, `${publicUrl}/overview`),
      link: "/overview",
      dedupeKey: `digest_leader:u:${l.id}:${week}`,
    });
  }
  const created = await prisma.$transaction((tx) => createNotifications(tx, now, requests));
  return { week, units: units.length, leaders: leaders.length, created: created.length };
}
