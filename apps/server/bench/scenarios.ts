// What the benchmark measures: each request a screen sends, as a URL, with the lean SQL that
// returns the same rows, and a check that both really return the same thing.
import { type LeanOverview, leanOverviewRecount, leanTaskPage, type RunSql } from "./lean-sql.ts";

export interface Scenario {
  name: string;
  /** Who sends it: "coordinator" for lists, "leader" for the overview. */
  as: "coordinator" | "leader";
  path: string;
  lean: () => Promise<unknown>;
  /** Throws unless the app's answer and the lean SQL's agree. */
  check: (body: unknown) => Promise<void>;
}

export const OVERVIEW_CALLS = ["tiles", "weekly", "aging", "units", "breakdown"] as const;

/** A tRPC query as the browser's batch link sends it (GET, superjson envelope). */
export function trpcPath(calls: { path: string; input?: unknown }[]): string {
  const input = Object.fromEntries(
    calls.map((c, i) => [
      i,
      c.input === undefined ? { json: null, meta: { values: ["undefined"] } } : { json: c.input },
    ]),
  );
  return `/trpc/${calls.map((c) => c.path).join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
}

export async function trpcGet(base: string, path: string, cookie: string): Promise<unknown[]> {
  const response = await fetch(`${base}${path}`, { headers: { cookie } });
  const body = (await response.json()) as {
    result?: { data: { json: unknown } };
    error?: unknown;
  }[];
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${JSON.stringify(body)}`);
  return body.map((part) => part.result?.data.json);
}

export async function signIn(base: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${base}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { username, password } }),
  });
  const cookie = response.headers.get("set-cookie");
  if (!response.ok || !cookie) throw new Error(`sign-in of ${username} failed: ${response.status}`);
  return cookie.split(";")[0] as string;
}

interface TaskPage {
  items: { taskId: string; foundAt: string | Date }[];
  nextCursor: string | null;
}

const listPath = (input: object) =>
  trpcPath([{ path: "tasks.list", input: { sort: "found_desc", limit: 50, ...input } }]);

function sameIds(what: string, app: string[], lean: string[]) {
  if (app.length === 0 || app.join() !== lean.join()) {
    throw new Error(
      `${what}: the app returned ${app.length} rows, the lean SQL ${lean.length}, not the same`,
    );
  }
}

/** The list and overview scenarios; finds page 50's cursor by paging like a user would. */
export async function buildScenarios(
  base: string,
  cookies: { coordinator: string },
  sql: RunSql,
  findings: number,
): Promise<Scenario[]> {
  const ids = (body: unknown) => (body as TaskPage[])[0]?.items.map((i) => i.taskId) ?? [];
  // Page 50 (or the last full page of a small city) by following nextCursor.
  const pageNo = Math.max(2, Math.min(50, Math.floor(findings / 50)));
  let cursor: string | null = null;
  let last: TaskPage["items"][number] | undefined;
  for (let page = 1; page < pageNo; page++) {
    const [body] = (await trpcGet(
      base,
      listPath(cursor ? { cursor } : {}),
      cookies.coordinator,
    )) as TaskPage[];
    cursor = body?.nextCursor ?? null;
    last = body?.items.at(-1);
    if (!cursor || !last) throw new Error(`page ${page} has no next page`);
  }
  const after = {
    foundAt: new Date((last as TaskPage["items"][number]).foundAt),
    id: (last as TaskPage["items"][number]).taskId,
  };
  const text = "点位12";
  return [
    {
      name: "task list, first page of 50",
      as: "coordinator",
      path: listPath({}),
      lean: () => leanTaskPage(sql),
      check: async (body) => sameIds("first page", ids(body), await leanTaskPage(sql)),
    },
    {
      name: `task list, page ${pageNo} by cursor`,
      as: "coordinator",
      path: listPath({ cursor }),
      lean: () => leanTaskPage(sql, { after }),
      check: async (body) => sameIds("cursor page", ids(body), await leanTaskPage(sql, { after })),
    },
    {
      name: `task list, text search "${text}"`,
      as: "coordinator",
      path: listPath({ text }),
      lean: () => leanTaskPage(sql, { text }),
      check: async (body) => sameIds("text search", ids(body), await leanTaskPage(sql, { text })),
    },
    {
      name: "overview, the five charts in one batch",
      as: "leader",
      path: trpcPath(OVERVIEW_CALLS.map((c) => ({ path: `overview.${c}`, input: {} }))),
      lean: () => leanOverviewRecount(sql, new Date()),
      check: async (body) =>
        checkOverview(body as unknown[], await leanOverviewRecount(sql, new Date())),
    },
  ];
}

function checkOverview(parts: unknown[], lean: LeanOverview) {
  const tiles = parts[0] as {
    openFindings: number;
    overdueFindings: number;
    closedOnTime: number;
    judgedTasks: number;
    closedTasks: number;
    siteCount: number;
  };
  const app = [
    tiles.openFindings,
    tiles.overdueFindings,
    tiles.closedOnTime,
    tiles.judgedTasks,
    tiles.closedTasks,
    tiles.siteCount,
  ];
  const raw = [lean.open, lean.overdue, lean.closedOnTime, lean.judged, lean.closed, lean.sites];
  if (app.join() !== raw.join()) {
    throw new Error(`overview tiles: app ${app.join()} ≠ lean ${raw.join()}`);
  }
}
