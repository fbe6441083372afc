// The real server process, started as production starts it (`npm run serve`, decision 0030):
// a workbook that needs more memory to read than its reader may take is refused with the
// import's message, and the server goes on answering.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_PASSWORD } from "@cw/db/testing";
import ExcelJS from "exceljs";
import { afterAll, expect, it } from "vitest";
import { freePort, type ServerProcess, startServerProcess } from "./support/server-process.ts";

let server: ServerProcess | undefined;
let dataDir: string | undefined;
afterAll(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/**
 * 6 KB on disk, but its used range is the whole sheet (a header in A1:I1 and one cell at
 * XFD1048576, the last cell Excel has), so reading it means 1,048,576 rows of 16,384 cells.
 */
async function wholeSheetWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("点位");
  sheet.addRow([
    "编号",
    "名称",
    "点位类型",
    "地址",
    "纬度",
    "经度",
    "责任单位",
    "网格",
    "重点点位",
  ]);
  sheet.getCell("XFD1048576").value = "x";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

it("refuses a workbook too big to read in its memory, in Chinese and English, and keeps serving", async () => {
  dataDir = await mkdtemp(join(tmpdir(), "cw-workbook-"));
  const port = await freePort();
  server = startServerProcess({ PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir });
  await server.ready(120_000);
  const base = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { username: "admin", password: DEMO_PASSWORD } }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

  const content = (await wholeSheetWorkbook()).toString("base64");
  // Two at once, one in each language: the second waits for the first's reader (one at a time).
  const importAs = async (language: string) => {
    const res = await fetch(`${base}/trpc/sites.import`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": language, cookie },
      body: JSON.stringify({ json: { format: "xlsx", content } }),
    });
    const body = (await res.json()) as {
      error: { json: { message: string; data: { messageKey: string; fields: object } } };
    };
    return { status: res.status, ...body.error.json };
  };
  const [zh, en] = await Promise.all([importAs("zh-CN"), importAs("en")]);
  const zhText =
    "该工作簿内容过多，读取它需要超过 768 MB 内存，未能导入。请拆分为几个较小的文件，或另存为 CSV 后导入。";
  const enText =
    "This workbook holds too much to read within the 768 MB of memory an import may use; nothing was imported. Split it into smaller files, or save it as CSV and import that.";
  expect(zh).toMatchObject({
    status: 400,
    message: zhText,
    data: { messageKey: "import.workbook_too_big", fields: { content: zhText } },
  });
  expect(en).toMatchObject({
    status: 400,
    message: enText,
    data: { messageKey: "import.workbook_too_big", fields: { content: enText } },
  });

  // The same server, still up, answers the next requests.
  expect(server.child.exitCode).toBe(null);
  const me = await fetch(`${base}/trpc/auth.me`, { headers: { cookie } });
  expect(me.status).toBe(200);
  expect(
    ((await me.json()) as { result: { data: { json: { username: string } } } }).result.data.json
      .username,
  ).toBe("admin");
}, 400_000);
