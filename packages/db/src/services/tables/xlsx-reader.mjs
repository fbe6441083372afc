// Reads one uploaded workbook in its own process (xlsx-process.ts): exceljs holds a workbook's
// whole model, ~60× the file, and here that heap is this process's, bounded by its own
// --max-old-space-size and returned to the system when it exits, never the server's
// (decision 0030).
//
// Plain JavaScript on purpose, like pglite-worker.mjs: it runs on Node's own loader, with no
// tsx, so it starts the same under npm start, tsx and vitest. It sends the cells' values back
// as they are, a batch of rows at a time; the server turns them into text (cell-text.ts), so
// that rule stays in one place.
import ExcelJS from "exceljs";

/** Cells per batch sent to the server: ~20,000 values is a few hundred kB there. */
const BATCH_CELLS = 20_000;

process.once(
  "message",
  async (/** @type {{ bytes: Uint8Array, sheet?: string, maxCells: number }} */ job) => {
    const workbook = new ExcelJS.Workbook();
    let sheet;
    try {
      await workbook.xlsx.load(
        Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength),
      );
      sheet = (job.sheet && workbook.getWorksheet(job.sheet)) || workbook.worksheets[0];
    } catch {
      sheet = undefined;
    }
    const send = /** @type {NonNullable<typeof process.send>} */ (process.send).bind(process);
    const answer = (/** @type {object} */ message) => send(message, () => process.disconnect());
    if (!sheet) return answer({ ok: false, problem: "unreadable" });
    // columnCount walks every row each time it is read: once, not once per cell.
    const width = sheet.columnCount;
    const height = sheet.rowCount;
    // A used range past what the heap could hold (one stray cell at XFD1048576 is 17 billion
    // cells) is refused at once, not after filling the heap up to its limit.
    if (width * height > job.maxCells) return answer({ ok: false, problem: "too_big" });
    // The rows go in batches, each when the server asks for it ("next"), so the server never
    // holds more than one batch of cells: a 20,000 × 80 survey file is 1.6 million values,
    // more than the server's own heap cap takes at once (decision 0030).
    const batch = Math.max(1, Math.floor(BATCH_CELLS / Math.max(1, width)));
    let next = 1;
    const sendBatch = () => {
      if (next > height) return answer({ ok: true, done: true, width });
      const rows = [];
      for (let r = next; r <= Math.min(height, next + batch - 1); r++) {
        const row = sheet.getRow(r);
        const cells = [];
        for (let c = 1; c <= width; c++) cells.push(row.getCell(c).value ?? null);
        rows.push(cells);
      }
      next += rows.length;
      send({ ok: true, rows });
    };
    process.on("message", (message) => {
      if (message === "next") sendBatch();
    });
    sendBatch();
  },
);
