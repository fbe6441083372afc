import { PassThrough } from "node:stream";
import {
  countTasks,
  exportTaskList,
  getGeneratedDocument,
  type ServiceContext,
  type SignedInUser,
  taskExportFileName,
  taskExportParams,
} from "@cw/db";
import { DomainError, type TaskExportInput, taskExportInputSchema } from "@cw/domain";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type RawRouteDeps, rawHandler, signedIn } from "./raw-request.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Documents leave the system as files, not through tRPC (a 50,000-row workbook is streamed,
 * never held; base64 in superjson would buffer it whole).
 *
 * - `GET /api/documents/task-export?input=<JSON>`: the task list's filters and order plus a
 *   preset (taskExportInputSchema); streams the workbook. `X-Export-Rows` announces how many
 *   rows follow, so the screen can show progress while the body arrives.
 * - `GET /api/documents/:id`: a document from the documents list (a stored Word file, or a
 *   task-list export generated again from the filters it was made with).
 */
export function documentRoutes(deps: RawRouteDeps) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get(
      "/api/documents/task-export",
      rawHandler(async (request, reply) => {
        const { svc } = await signedIn(deps, request);
        const { input } = request.query as { input?: string };
        return streamExport(svc, parseInput(input ?? null), request, reply);
      }, {}),
    );
    app.get<{ Params: { id: string } }>(
      "/api/documents/:id",
      rawHandler(async (request, reply) => {
        const { id } = request.params as { id: string };
        if (!/^[0-9a-f-]{36}$/i.test(id)) {
          throw new DomainError("not_found", "error.not_found", {
            entity: "document",
            id: id.slice(0, 64),
          });
        }
        const { svc } = await signedIn(deps, request);
        const doc = await getGeneratedDocument(svc, { id });
        if (doc.bytes) {
          return reply
            .headers(fileHeaders(doc.fileName))
            .type(doc.mimeType)
            .header("content-length", doc.bytes.length)
            .send(Buffer.from(doc.bytes));
        }
        return streamExport(svc, taskExportParams(doc.params), request, reply);
      }, {}),
    );
  };
}

async function streamExport(
  svc: ServiceContext<SignedInUser>,
  input: TaskExportInput,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const { preset: _preset, sort: _sort, ...filters } = input;
  const { total } = await countTasks(svc, filters);
  const body = new PassThrough();
  // Fastify pipes the body with backpressure; the writer waits for it between pages.
  exportTaskList(svc, input, body).catch((error: unknown) => {
    request.log.error({ err: error }, "task export failed mid-stream");
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return reply
    .headers(fileHeaders(taskExportFileName(svc, input)))
    .type(XLSX)
    .header("x-export-rows", String(total))
    .send(body);
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

function fileHeaders(fileName: string) {
  // An ASCII fallback, then the real name (RFC 6266 / RFC 5987) for the Chinese title.
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  return {
    "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    "cache-control": "private, no-store",
  };
}
