import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import { MAX_TREE_FILE_BASE64 } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, rejects } from "./support/admin-fixture.ts";
import {
  counts,
  fileOf,
  HEADER,
  SMALL_TREE,
  type TreeFixture,
  treeFixture,
  treeShape,
} from "./support/assessment-tree-fixture.ts";

describe.each(testEngines())("assessment trees: import and export on %s", (kind) => {
  let db: TestDatabase;
  let fx: TreeFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await treeFixture(db);
  });
  afterAll(() => db.destroy());

  it.each(["xlsx", "csv"] as const)(
    "reports every bad row and column of a %s file in the user's language and writes nothing",
    async (format) => {
      const before = await counts(db);
      const bad = [
        HEADER,
        ["测评项目", "Ⅰ", "", "社会环境建设", "", "", "", ""],
        ["测评指标", "Ⅰ-A", "Ⅰ", "市容环境", "", "", "", ""],
        ["测评内容", "Ⅰ-1", "Ⅰ", "内容挂在项目下", "", "", "", ""], // row 4: wrong parent level
        ["测评标准", "Ⅰ-1-1", "Ⅰ-1", "", "-2", "实地考察", "park", "否"], // row 5: title, points
        ["测评标准", "Ⅰ-1-1", "Ⅰ-9", "重复编号", "1", "暗访", "菜场", "否"], // row 6
        ["测评标准", "Ⅰ-1-3", "Ⅰ-1", "问卷", "1", "问卷调查", "park", "不知道"], // row 7
      ];
      const zh = await fx.as("admin").assessmentSystems.import({
        format,
        file: await fileOf(format, bad),
        target: { mode: "new", kind: "civilized_city", edition: 2030, name: "有错的体系" },
      });
      expect(zh.ok).toBe(false);
      if (zh.ok) return;
      expect(zh.errors.map((e) => [e.row, e.column, e.messageKey])).toEqual([
        [4, "parentCode", "assessment.parent.wrong_level"],
        [5, "title", "field.required"],
        [5, "points", "assessment.points.invalid"],
        [6, "code", "assessment.code.duplicate"],
        [6, "parentCode", "assessment.parent.not_found"],
        [6, "methods", "assessment.methods.unknown"],
        [6, "siteTypes", "assessment.site_types.unknown"],
        [6, "siteTypes", "assessment.site_types.field_only"],
        [7, "siteTypes", "assessment.site_types.field_only"],
        [7, "negativeList", "assessment.negative_list.invalid"],
      ]);
      expect(zh.errors[3]).toMatchObject({
        columnLabel: "编号",
        message: "第 6 行“编号”：编号“Ⅰ-1-1”与第 5 行重复。",
      });
      expect(zh.errors[5]?.message).toBe("第 6 行“测评方法”：未知的测评方法“暗访”。");

      const en = await fx.in("en", "coordinator").assessmentSystems.import({
        format,
        file: await fileOf(format, bad),
        target: { mode: "new", kind: "civilized_city", edition: 2030, name: "有错的体系" },
      });
      expect(en.ok).toBe(false);
      if (en.ok) return;
      expect(en.errors).toHaveLength(10);
      expect(en.errors[2]).toMatchObject({
        row: 5,
        columnLabel: "Points",
        message: "Row 5, Points: Points must be a number greater than 0 with at most two decimals.",
      });
      expect(en.errors[9]?.message).toBe(
        `Row 7, Negative list: Cannot read "不知道"; use 是/否 or yes/no.`,
      );
      expect(await counts(db)).toEqual(before);
    },
  );

  it("names missing columns, refuses unreadable, oversized and conflicting files", async () => {
    const admin = fx.as("admin");
    const before = await counts(db);
    const target = { mode: "new", kind: "minors", edition: 2031, name: "体系" } as const;
    const missing = await admin.assessmentSystems.import({
      format: "csv",
      file: await fileOf("csv", [
        ["编号", "名称"],
        ["Ⅰ", "项目"],
      ]),
      target,
    });
    expect(missing).toMatchObject({
      ok: false,
      errors: [
        { row: 1, column: "level", message: "第 1 行“层级”：缺少“层级”列。" },
        { row: 1, column: "parentCode" },
      ],
    });
    const csvNotXlsx = await fileOf("csv", SMALL_TREE);
    await rejects(
      admin.assessmentSystems.import({ format: "xlsx", file: csvNotXlsx, target }),
      "BAD_REQUEST",
    );
    const huge = "A".repeat(MAX_TREE_FILE_BASE64 + 4);
    await rejects(
      admin.assessmentSystems.import({ format: "csv", file: huge, target }),
      "BAD_REQUEST",
    );
    const unclosed = Buffer.from(`${HEADER.join(",")}\r\n测评项目,Ⅰ,,"未闭合\r\n`).toString(
      "base64",
    );
    expect(
      await admin.assessmentSystems.import({ format: "csv", file: unclosed, target }),
    ).toMatchObject({
      ok: false,
      errors: [{ row: 2, messageKey: "assessment.import.bad_csv" }],
    });
    expect(await counts(db)).toEqual(before);

    const made = await admin.assessmentSystems.import({ format: "csv", file: csvNotXlsx, target });
    expect(made).toMatchObject({ ok: true, summary: { nodesCreated: 6, standardsCreated: 4 } });
    const again = await rejects(
      admin.assessmentSystems.import({ format: "csv", file: csvNotXlsx, target }),
      "CONFLICT",
    );
    expect(again?.key).toBe("assessment.system.exists");
  });

  it.each(["xlsx", "csv"] as const)(
    "gives back the same tree after export and import (%s)",
    async (format) => {
      const admin = fx.as("admin");
      const edition = format === "xlsx" ? 2040 : 2041;
      const first = await admin.assessmentSystems.import({
        format,
        file: await fileOf(format, SMALL_TREE),
        target: { mode: "new", kind: "villages_towns", edition, name: `往返测试 ${format}` },
      });
      if (!first.ok) throw new Error(JSON.stringify(first.errors));
      const original = await admin.assessmentSystems.tree({ systemId: first.systemId });
      expect(original.standards.map((s) => [s.code, s.points, s.methods, s.negativeList])).toEqual([
        ["Ⅰ-1-1", 1.5, ["field_inspection"], false],
        ["Ⅰ-1-2", 2, ["field_inspection", "overall_observation"], false],
        ["Ⅰ-1-3", 0.75, ["materials_review", "briefing"], true],
        ["Ⅱ-1-1", 3, ["survey", "online_survey"], false],
      ]);
      expect(original.standards[1]?.siteTypes.map((t) => t.code)).toEqual(["park", "toilet"]);

      const exported = await fx
        .as("leader")
        .assessmentSystems.export({ systemId: first.systemId, format });
      expect(exported.fileName).toBe(`往返测试 ${format}-${edition}.${format}`);
      const bytes = Buffer.from(exported.base64, "base64");
      if (format === "csv") expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      else expect(bytes.subarray(0, 2).toString()).toBe("PK");

      const copy = await admin.assessmentSystems.import({
        format,
        file: exported.base64,
        target: { mode: "new", kind: "villages_towns", edition: edition + 10, name: "副本" },
      });
      if (!copy.ok) throw new Error(JSON.stringify(copy.errors));
      const copied = await admin.assessmentSystems.tree({ systemId: copy.systemId });
      expect(treeShape(copied)).toEqual(treeShape(original));

      // Importing the export over the system it came from changes nothing.
      const same = await admin.assessmentSystems.import({
        format,
        file: exported.base64,
        target: { mode: "replace", systemId: first.systemId },
      });
      expect(same).toEqual({
        ok: true,
        systemId: first.systemId,
        summary: {
          nodesCreated: 0,
          nodesUpdated: 0,
          nodesRetired: 0,
          standardsCreated: 0,
          standardsUpdated: 0,
          standardsRetired: 0,
        },
      });
      const events = await auditEvents(db, "assessment_system", copy.systemId);
      expect(events).toMatchObject([{ action: "import", actorId: fx.actors.admin.id }]);
    },
  );
});
