import { type Actor, daysOverdue, type TaskExportInput, type TaskListItem } from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { listTasks } from "../../queries/list-tasks.ts";
import type { ServiceContext } from "../service-context.ts";

/** A photo to embed: its content hash (one image part per distinct photo) and type. */
export interface ExportPhoto {
  sha256: string;
  mimeType: string;
}

/** One task-list row with the columns the lists print. */
export interface TaskExportRow extends TaskListItem {
  address: string;
  ownerName: string | null;
  standardCode: string | null;
  daysOverdue: number | null;
  lastProgress: string | null;
  verifiedByName: string | null;
  verifiedAt: Date | null;
  beforePhoto: ExportPhoto | null;
  afterPhoto: ExportPhoto | null;
}

/** Rows per page: large enough that 50,000 rows take 100 round trips, small in memory. */
export const EXPORT_PAGE_SIZE = 500;

/**
 * Every row the task list shows for these filters, in its order, page by page. The rows ARE
 * `listTasks`' pages (the one task-list filter and keyset paging) — only the extra columns
 * are read here, by task id — so an export and the screen can never disagree.
 */
export async function* taskExportPages(
  ctx: ServiceContext<Actor>,
  input: TaskExportInput,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<TaskExportRow[]> {
  const { preset: _preset, ...filters } = input;
  let cursor: string | undefined;
  do {
    const page = await listTasks(ctx, {
      ...filters,
      limit: pageSize,
      ...(cursor ? { cursor } : {}),
    });
    if (page.items.length === 0) return;
    const details = await loadExportDetails(
      ctx.prisma,
      page.items.map((i) => i.taskId),
    );
    yield page.items.map((item) => {
      const d = details.get(item.taskId);
      return {
        ...item,
        address: d?.address ?? "",
        standardCode: d?.standardCode ?? null,
        daysOverdue: item.overdue && item.dueAt ? daysOverdue(item.dueAt, ctx.now) : null,
        lastProgress: d?.lastProgress ?? null,
        verifiedByName: d?.verifiedByName ?? null,
        verifiedAt: d?.verifiedAt ?? null,
        beforePhoto: d?.beforePhoto ?? null,
        afterPhoto: d?.afterPhoto ?? null,
      };
    });
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

type Details = Omit<TaskExportRow, keyof TaskListItem | "daysOverdue">;

const photoSelect = { photo: { select: { sha256: true, mimeType: true } } } as const;

async function loadExportDetails(
  prisma: PrismaClient,
  taskIds: string[],
): Promise<Map<string, Details>> {
  const tasks = await prisma.rectificationTask.findMany({
    where: { id: { in: taskIds } },
    select: {
      id: true,
      finding: {
        select: {
          site: { select: { address: true } },
          standard: { select: { code: true } },
          photos: { select: { kind: true, ...photoSelect }, orderBy: { photoId: "asc" } },
        },
      },
      progress: {
        select: { note: true, kind: true, photos: { select: photoSelect, take: 1 } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
      },
      verifications: {
        select: { verifierId: true, createdAt: true },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
      },
    },
  });
  const userIds = new Set<string>();
  for (const t of tasks) {
    const v = t.verifications[0];
    if (v) userIds.add(v.verifierId);
  }
  const users = await prisma.user.findMany({
    where: { id: { in: [...userIds] } },
    select: { id: true, displayName: true },
  });
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  const details = new Map<string, Details>();
  for (const t of tasks) {
    const photos = t.finding.photos;
    const last = t.progress[0];
    const verification = t.verifications[0];
    details.set(t.id, {
      address: t.finding.site.address,
      standardCode: t.finding.standard?.code ?? null,
      lastProgress: last?.note ?? null,
      verifiedByName: verification ? (names.get(verification.verifierId) ?? null) : null,
      verifiedAt: verification?.createdAt ?? null,
      beforePhoto: photos.find((p) => p.kind === "before")?.photo ?? null,
      // Fixed on the spot: the finding's "after" photo; otherwise the latest evidence photo.
      afterPhoto: photos.find((p) => p.kind === "after")?.photo ?? last?.photos[0]?.photo ?? null,
    });
  }
  return details;
}
