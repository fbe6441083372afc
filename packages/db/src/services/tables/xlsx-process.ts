import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DomainError } from "@cw/domain";
import type ExcelJS from "exceljs";

/**
 * The heap a workbook may take while it is read, in MB. exceljs keeps the whole workbook's
 * model, ~60× the file: a 7.3 MB survey file (45,000 × 32 cells) needs 384–512 MB
 * (docs/performance.md, "Memory", decision 0030).
 */
export const XLSX_READ_HEAP_MB = 768;

/**
 * What one cell costs while a workbook is read (exceljs's model and the value sent back),
 * measured: 45,000 × 32 cells needed between 384 and 512 MB. A sheet whose used range has more
 * cells than the heap could hold at this rate is refused before it is walked.
 */
const BYTES_PER_CELL = 320;

const READER = fileURLToPath(new URL("./xlsx-reader.mjs", import.meta.url));

/** One read at a time: two imports at once would each take their limit on top of the server. */
let queue: Promise<unknown> = Promise.resolve();

/** A batch of a sheet's rows of cell values (row 1 first), as the reader sends them. */
export type XlsxRowsHandler = (rows: ExcelJS.CellValue[][]) => void | Promise<void>;

/**
 * Reads a workbook's sheet (`sheet` if given and present, else the first) in a child process
 * whose heap is capped at `heapMb`, so the server's own heap can be capped far below what a
 * large workbook needs. Not a worker thread: the server's --max-old-space-size overrides a
 * worker's `resourceLimits` (Node's documented rule), so a thread could never get more than
 * the server's cap (decision 0030). A workbook needing more than the cap ends the child, not
 * the server: `too_big`, as does a sheet whose used range is larger than the heap could hold.
 * Anything else going wrong in the child is a bug and throws.
 *
 * The rows come to `onRows` a batch at a time, the next asked for once `onRows` has finished
 * with the last, so the server holds one batch of cells, never the sheet.
 */
export function readXlsxRows(
  bytes: Uint8Array,
  sheet: string | undefined,
  onRows: XlsxRowsHandler,
  heapMb = XLSX_READ_HEAP_MB,
): Promise<XlsxRead> {
  const read = queue.then(() => readInChild(bytes, sheet, onRows, heapMb));
  queue = read.catch(() => {});
  return read;
}

export type XlsxRead = { ok: true } | { ok: false; problem: "unreadable" | "too_big" };

type ReaderMessage =
  | { ok: true; rows: ExcelJS.CellValue[][] }
  | { ok: true; done: true }
  | { ok: false; problem: "unreadable" | "too_big" };

function readInChild(
  bytes: Uint8Array,
  sheet: string | undefined,
  onRows: XlsxRowsHandler,
  heapMb: number,
): Promise<XlsxRead> {
  return new Promise((resolve, reject) => {
    const child = fork(READER, [], {
      // Only its own cap: not the server's flags (its heap cap, tsx's loader).
      execArgv: [`--max-old-space-size=${heapMb}`],
      // Structured clone over the channel: bytes as bytes, dates as dates.
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    // V8's last words before it ends a process at its heap limit (a stack trace follows them).
    let outOfMemory = false;
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
      if (stderr.includes("JavaScript heap out of memory")) outOfMemory = true;
    });
    let answer: XlsxRead | undefined;
    let failed: unknown;
    child.on("message", (m: ReaderMessage) => {
      if (!m.ok || "done" in m) {
        answer = m.ok ? { ok: true } : m;
        return;
      }
      // The handler's failure ends the read: the child is stopped, the error is the answer.
      Promise.resolve()
        .then(() => onRows(m.rows))
        .then(
          () => child.connected && child.send("next"),
          (error: unknown) => {
            failed = error;
            child.kill();
          },
        );
    });
    child.once("error", reject);
    // "close": the process has ended and its channel is drained, so its answer has come.
    child.once("close", (code, signal) => {
      if (failed) reject(failed);
      else if (answer) resolve(answer);
      else if (outOfMemory) resolve({ ok: false, problem: "too_big" });
      else reject(new Error(`the workbook reader stopped (${signal ?? code}): ${stderr}`));
    });
    const maxCells = Math.floor((heapMb * 1024 * 1024) / BYTES_PER_CELL);
    child.send({ bytes, maxCells, ...(sheet ? { sheet } : {}) });
  });
}

/** What every import answers for `too_big`, next to its file field (`content`). */
export function workbookTooBigError(): DomainError {
  return new DomainError(
    "bad_request",
    "import.workbook_too_big",
    { limitMb: XLSX_READ_HEAP_MB },
    { content: "import.workbook_too_big" },
  );
}
