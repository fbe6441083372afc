import type { IncomingMessage, ServerResponse } from "node:http";
import {
  countTasks,
  type Database,
  exportTaskList,
  getGeneratedDocument,
  taskExportFileName,
  taskExportParams,
} from "@cw/db";
import { DomainError, type TaskExportInput, taskExportInputSchema } from "@cw/domain";
import { createRawHandler, methodNotAllowed, type RawRouteDeps, signedIn } from "./raw-request.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Documents leave the system as files, not through tRPC (a 50,000-row workbook is streamed,
 * never held): self-contained so the HTTP layer's next framework can mount it as it is.
 *
 * - `GET /api/documents/task-export?input=<JSON>`: the task list's filters and order plus a
 *   preset (taskExportInputSchema); streams the workbook. `X-Export-Rows` announces how many
 *   rows follow, so the screen can show progress while the body arrives.
 * - `GET /api/documents/:id`: a document from the documents list (a stored Word file, or a
 *   task-list export generated again from the filters it was made with).
 */
export function createDocumentHandler(deps: RawRouteDeps) {
  return createRawHandler(deps, route, {});
}

async function route(
  db: Database,
  now: () => Date,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  if (req.method !== "GET") return methodNotAllowed(req, res, "GET");
  const rest = path.slice("/api/documents/".length);
  const { svc } = await signedIn(db, now, req);
  if (rest === "task-export") {
    const url = new URL(req.url ?? "/", "http://localhost");
    return streamExport(svc, parseInput(url.searchParams.get("input")), res);
  }
  if (rest.includes("/") || !/^[0-9a-f-]{36}$/i.test(rest)) {
    throw new DomainError("not_found", "error.not_found", {
      entity: "document",
      id: rest.slice(0, 64),
    });
  }
  const doc = await getGeneratedDocument(svc, { id: rest });
  if (doc.bytes) {
    res.writeHead(200, {
      ...fileHeaders(doc.mimeType, doc.fileName),
      "content-length": doc.bytes.length,
    });
    res.end(doc.bytes);
    return;
  }
  return streamExport(svc, taskExportParams(doc.params), res);
}

type Svc = Awaited<ReturnType<typeof signedIn>>["svc"];

async function streamExport(svc: Svc, input: TaskExportInput, res: ServerResponse) {
  const { preset: _preset, sort: _sort, ...filters } = input;
  const { total } = await countTasks(svc, filters);
  res.writeHead(200, {
    ...fileHeaders(XLSX, taskExportFileName(svc, input)),
    "x-export-rows": String(total),
    "access-control-expose-headers": "x-export-rows, content-disposition",
  });
  await exportTaskList(svc, input, res);
}

function parseInput(raw: string | null): TaskExportInput {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? "");
  } catch {
    throw new DomainError("bad_request", "error.invalid_input", {}, { input: "field.invalid" });
  }
  const parsed = taskExportInputSchema.safeParse(value);
  if (!parsed.success) {
    throw new DomainError("bad_request", "error.invalid_input", {}, { input: "field.invalid" });
  }
  return parsed.data;
}

function fileHeaders(mimeType: string, fileName: string) {
  // An ASCII fallback, then the real name (RFC 6266 / RFC 5987) for the Chinese title.
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  return {
    "content-type": mimeType,
    "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  };
}
