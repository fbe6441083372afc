import { randomUUID } from "node:crypto";
import { createTestDatabase } from "@cw/db/testing";
import { insertResponses } from "../../../packages/db/src/services/surveys/survey-responses.ts";
import { createSurveyFixture, surveyInput } from "../test/support/survey-fixture.ts";

const mb = () => {
  global.gc?.();
  return Math.round(process.memoryUsage().heapUsed / 2 ** 20);
};
const db = await createTestDatabase("postgres");
const fx = await createSurveyFixture(db);
const survey = await fx
  .as("coordinator")
  .create(
    surveyInput(
      Array.from({ length: 80 }, (_, i) => ({
        code: `Q${i + 1}`,
        text: `问题 ${i + 1}`,
        measure: "satisfaction" as const,
      })),
    ),
  );
const qs = await db.prisma.surveyQuestion.findMany({ where: { surveyId: survey.id } });
console.log("start", mb());
await db.prisma.$transaction(
  async (tx) => {
    for (let c = 0; c < 40; c++) {
      const rows = Array.from({ length: 500 }, (_, i) => ({
        respondentRef: randomUUID(),
        respondedAt: new Date("2026-10-10T02:00:00Z"),
        answers: qs.slice(0, 70).map((q, j) => ({ questionId: q.id, positive: (i + j) % 2 === 0 })),
      }));
      await insertResponses(tx as any, survey.id, rows);
      if (c % 5 === 0) console.log("chunk", c, mb());
    }
  },
  { timeout: 300_000 },
);
console.log("end", mb());
await db.destroy();
