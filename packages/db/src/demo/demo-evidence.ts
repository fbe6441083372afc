import { randomUUID } from "node:crypto";
import {
  addCalendarDays,
  countsInSection,
  type MaterialStatus,
  type Method,
  SURVEY_MEASURES,
  type SurveyAudience,
  type SurveyMeasure,
  shanghaiDate,
} from "@cw/domain";
import { toDateColumn } from "../date-columns.ts";
import type { Prisma } from "../generated/prisma/client.ts";

/**
 * Evidence for the sample trees, so the demo's projected scores and assessment pages show a
 * city part-way through its campaign: a mock assessment of every site against the field
 * standards of its type, materials in every review state, and two surveys of plausible size.
 * Deterministic (seeded), like the rest of the demo city.
 */
export interface EvidenceInputs {
  now: Date;
  inspectorId: string;
  coordinatorUnitId: string;
  systems: { id: string; kind: string }[];
  standards: { id: string; systemId: string; methods: readonly Method[] }[];
  links: { standardId: string; siteTypeId: string }[];
  sites: { id: string; siteTypeId: string }[];
}

function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2 ** 31;
    return a / 2 ** 31;
  };
}

const hasSection = countsInSection;

export function demoEvidence(input: EvidenceInputs) {
  const random = seeded(20220921);
  const today = shanghaiDate(input.now);
  const inspectionDate = addCalendarDays(today, -7);
  const inspection = {
    id: randomUUID(),
    code: `I${inspectionDate.replaceAll("-", "")}001`,
    kind: "mock_assessment",
    date: toDateColumn(inspectionDate),
    notes: "第三方模拟测评（演示数据）",
    createdById: input.inspectorId,
  } satisfies Prisma.InspectionCreateManyInput;
  const typesOf = new Map<string, Set<string>>();
  for (const l of input.links)
    typesOf.set(l.standardId, (typesOf.get(l.standardId) ?? new Set()).add(l.siteTypeId));

  const checks: Prisma.FieldCheckCreateManyInput[] = [];
  for (const site of input.sites) {
    for (const s of input.standards) {
      if (!hasSection(s.methods, "field") || !typesOf.get(s.id)?.has(site.siteTypeId)) continue;
      const r = random();
      checks.push({
        inspectionId: inspection.id,
        siteId: site.id,
        standardId: s.id,
        result: r < 0.76 ? "pass" : r < 0.93 ? "fail" : "not_applicable",
        checkedById: input.inspectorId,
        checkedAt: new Date(`${inspectionDate}T03:00:00Z`),
      });
    }
  }

  const STATES: MaterialStatus[] = [
    "approved",
    "approved",
    "approved",
    "approved",
    "submitted",
    "submitted",
    "drafted",
    "returned",
    "not_started",
  ];
  const materials: Prisma.MaterialRequirementCreateManyInput[] = input.standards
    .filter((s) => hasSection(s.methods, "materials"))
    .flatMap((s) =>
      Array.from({ length: 1 + Math.floor(random() * 2) }, (_, i) => ({
        standardId: s.id,
        title: i === 0 ? "工作方案及实施台账" : "活动图片及总结材料",
        unitId: input.coordinatorUnitId,
        dueDate: toDateColumn(addCalendarDays(today, 10 + Math.floor(random() * 40))),
        status: STATES[Math.floor(random() * STATES.length)] as MaterialStatus,
      })),
    );

  const surveys = input.systems
    .filter((sys) => sys.kind === "civilized_city" || sys.kind === "minors")
    .map((sys) => {
      const audience: SurveyAudience = sys.kind === "minors" ? "minors" : "residents";
      const questions = input.standards
        .filter((s) => s.systemId === sys.id && hasSection(s.methods, "survey"))
        .map((s, i) => ({
          id: randomUUID(),
          code: `Q${i + 1}`,
          text: `测评标准对应问题 ${i + 1}`,
          measure: SURVEY_MEASURES[i % SURVEY_MEASURES.length] as SurveyMeasure,
          standardId: s.id,
          sortOrder: i,
        }));
      const respondents = audience === "minors" ? 60 : 200;
      const responses = Array.from({ length: respondents }, (_, i) => ({
        id: randomUUID(),
        respondentRef: `${audience}-${i + 1}`,
      }));
      const answers = responses.flatMap((r) =>
        questions.map((q) => ({ responseId: r.id, questionId: q.id, positive: random() < 0.86 })),
      );
      return {
        survey: {
          id: randomUUID(),
          systemId: sys.id,
          title:
            audience === "minors"
              ? "未成年人思想道德建设问卷（演示）"
              : "市民文明城市创建问卷（演示）",
          audience,
          periodStart: toDateColumn(addCalendarDays(today, -30)),
          periodEnd: toDateColumn(addCalendarDays(today, -10)),
        },
        questions,
        responses,
        answers,
      };
    });
  return { inspection, siteIds: input.sites.map((s) => s.id), checks, materials, surveys };
}
