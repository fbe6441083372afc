// Shared set-up for the survey tests: a small assessment system (inserted directly, as the
// tree's own API is tested elsewhere), one user per role, and builders for import files.
import { randomUUID } from "node:crypto";
import type { SignedInUser } from "@cw/db";
import { createTestUser, type TestDatabase } from "@cw/db/testing";
import { type CreateSurveyInput, type Locale, ROLES, type Role, type SystemKind } from "@cw/domain";
import ExcelJS from "exceljs";
import { callerContext } from "../../src/context.ts";
import { createCaller } from "../../src/router.ts";

export const NOW = new Date("2026-10-20T04:00:00Z");
export type Caller = ReturnType<typeof createCaller>;

export interface SurveyFixture {
  systemId: string;
  otherSystemId: string;
  /** Standards of the system by code: S1 and S2 get questions, S3 none. */
  standards: Record<"S1" | "S2" | "S3", string>;
  /** A standard of the other system. */
  otherStandard: string;
  actors: Record<Role, SignedInUser>;
  as(role: Role | null, locale?: Locale): Caller["surveys"];
}

export async function createSurveyFixture(db: TestDatabase): Promise<SurveyFixture> {
  const prisma = db.prisma;
  const tree = async (kind: SystemKind, name: string, codes: string[]) => {
    const system = await prisma.assessmentSystem.create({
      data: { kind, edition: 2026, name, isSample: true },
    });
    const item = await prisma.assessmentNode.create({
      data: { systemId: system.id, level: "item", code: "Ⅲ", title: "社会环境建设" },
    });
    const content = await prisma.assessmentNode.create({
      data: {
        systemId: system.id,
        parentId: item.id,
        level: "content",
        code: "Ⅲ-12",
        title: "宣传",
      },
    });
    const ids: string[] = [];
    for (const [i, code] of codes.entries()) {
      const standard = await prisma.assessmentStandard.create({
        data: {
          systemId: system.id,
          contentId: content.id,
          code,
          text: `标准 ${code}`,
          points: 1,
          methods: ["survey"],
          sortOrder: i,
        },
      });
      ids.push(standard.id);
    }
    return { systemId: system.id, ids };
  };
  const main = await tree("civilized_city", "测试体系（样例）", ["Ⅲ-12-1", "Ⅲ-12-2", "Ⅲ-12-3"]);
  const other = await tree("minors", "未成年人测试体系（样例）", ["M-1"]);
  const actors = {} as Record<Role, SignedInUser>;
  for (const role of ROLES) actors[role] = await createTestUser(db.prisma, role);
  return {
    systemId: main.systemId,
    otherSystemId: other.systemId,
    standards: { S1: main.ids[0], S2: main.ids[1], S3: main.ids[2] } as SurveyFixture["standards"],
    otherStandard: other.ids[0] as string,
    actors,
    as: (role, locale = "zh-CN") =>
      createCaller(callerContext(db, role ? actors[role] : null, { now: () => NOW, locale }))
        .surveys,
  };
}

/** A residents' survey in October 2026 with these questions. */
export function surveyInput(
  questions: CreateSurveyInput["questions"],
  overrides: Partial<CreateSurveyInput> = {},
): CreateSurveyInput {
  return {
    title: "2026年10月入户问卷",
    audience: "residents",
    periodStart: "2026-10-01",
    periodEnd: "2026-10-31",
    questions,
    ...overrides,
  };
}

/**
 * Stores `respondents` responses (R001…) straight into the tables; per question code the
 * first `yes` respondents answered positively, the next `no` negatively, the rest left it blank.
 */
export async function seedAnswers(
  db: TestDatabase,
  surveyId: string,
  respondents: number,
  counts: Record<string, { yes: number; no: number }>,
  prefix = "R",
): Promise<void> {
  const questions = await db.prisma.surveyQuestion.findMany({ where: { surveyId } });
  const responses = Array.from({ length: respondents }, (_, i) => ({
    id: randomUUID(),
    surveyId,
    respondentRef: `${prefix}${String(i + 1).padStart(3, "0")}`,
    respondedAt: new Date("2026-10-10T02:00:00Z"),
  }));
  await db.prisma.surveyResponse.createMany({ data: responses });
  const answers = questions.flatMap((q) => {
    const { yes, no } = counts[q.code] ?? { yes: 0, no: 0 };
    return responses
      .slice(0, yes + no)
      .map((r, i) => ({ responseId: r.id, questionId: q.id, positive: i < yes }));
  });
  await db.prisma.surveyAnswer.createMany({ data: answers });
}

/** The import tests' columns: the two fixed ones, then the survey's question codes. */
export const IMPORT_HEADER = ["受访者编号", "调查时间", "A1", "S1"];

/**
 * The import tests' survey (A1 awareness → S1, S1 satisfaction) with respondent H-001 already
 * entered by hand, so a file repeating H-001 must be refused.
 */
export async function createImportSurvey(fx: SurveyFixture): Promise<string> {
  const survey = await fx.as("coordinator").create(
    surveyInput([
      {
        code: "A1",
        text: "您是否知道本市正在创建全国文明城市？",
        measure: "awareness",
        standardId: fx.standards.S1,
      },
      { code: "S1", text: "您对创文工作是否满意？", measure: "satisfaction" },
    ]),
  );
  await fx.as("inspector").addResponse({
    surveyId: survey.id,
    respondentRef: "H-001",
    respondedAt: new Date("2026-10-05T02:00:00Z"),
    answers: [{ questionCode: "A1", positive: true }],
  });
  return survey.id;
}

/** Rows, answers and import audit events stored, to show a refused import wrote nothing. */
export async function storedCounts(db: TestDatabase) {
  return {
    responses: await db.prisma.surveyResponse.count(),
    answers: await db.prisma.surveyAnswer.count(),
    audit: await db.prisma.auditEvent.count({ where: { action: "import_responses" } }),
  };
}

/** A CSV file as Excel saves it (UTF-8 with a byte-order mark), base64-encoded. */
export function csvBase64(rows: string[][]): string {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const text = `\uFEFF${rows.map((r) => r.map(quote).join(",")).join("\r\n")}\r\n`;
  return Buffer.from(text, "utf8").toString("base64");
}

/** A one-sheet workbook, base64-encoded. Dates are wall-clock times, as Excel keeps them. */
export async function xlsxBase64(rows: (string | number | boolean | Date | null)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("答卷");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}
