// Ad-hoc: one survey import of /tmp/survey-<rows>x<cols>.xlsx in this process; run it with a heap cap.
import { readFileSync } from "node:fs";
import { createTestDatabase } from "@cw/db/testing";
import { createSurveyFixture, surveyInput } from "../test/support/survey-fixture.ts";

const [rows, cols] = [Number(process.argv[2] ?? 20000), Number(process.argv[3] ?? 80)];
const db = await createTestDatabase((process.env.ENGINE as "postgres" | "pglite") ?? "postgres");
const fx = await createSurveyFixture(db);
const survey = await fx
  .as("coordinator")
  .create(
    surveyInput(
      Array.from({ length: cols }, (_, i) => ({
        code: `Q${i + 1}`,
        text: `问题 ${i + 1}`,
        measure: "satisfaction" as const,
      })),
    ),
  );
const content = readFileSync(`/tmp/survey-${rows}x${cols}.xlsx`).toString("base64");
let peakHeap = 0,
  peakRss = 0;
let tick = 0;
const timer = setInterval(() => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakRss = Math.max(peakRss, m.rss);
  if (++tick % 50 === 0)
    console.log("t", tick / 50, Math.round(m.heapUsed / 2 ** 20), Math.round(m.rss / 2 ** 20));
}, 20);
global.gc?.();
const base = process.memoryUsage();
const t0 = Date.now();
const result = await fx
  .as("coordinator")
  .import({ surveyId: survey.id, format: "xlsx", content, fileName: "x.xlsx" });
clearInterval(timer);
console.log(
  JSON.stringify({
    ok: result.ok,
    responses: (result as any).responses,
    answers: (result as any).answers,
    errors: (result as any).errors?.slice(0, 2),
    seconds: (Date.now() - t0) / 1000,
    heapBaseMb: Math.round(base.heapUsed / 2 ** 20),
    peakHeapMb: Math.round(peakHeap / 2 ** 20),
    peakRssMb: Math.round(peakRss / 2 ** 20),
  }),
);
await db.destroy();
