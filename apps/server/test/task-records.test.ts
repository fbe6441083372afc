import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../src/router.ts";
import { callerFor, codeOf, domainErrorOf } from "./support/caller.ts";

describe.each(testEngines())("findings, progress, escalations and history on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
  });
  afterAll(() => db.destroy());

  const finding = (extra: Record<string, unknown> = {}) => ({
    siteId: f.siteId,
    source: "unannounced_inspection" as const,
    category: "public_environment",
    description: "候车厅垃圾桶满溢",
    photoIds: [f.photoId],
    latitude: 34.5765,
    longitude: 110.0912,
    ...extra,
  });

  it("logs a finding with its task, photo and audit events; inspectors and coordinators only", async () => {
    const created = await callerFor(db, f.users.inspector).findings.create(finding());
    expect(created).toMatchObject({ status: "new", version: 1 });
    const detail = await callerFor(db, f.users.coordinator).tasks.get({
      findingId: created.findingId,
    });
    expect(detail).toMatchObject({
      code: created.code,
      status: "new",
      source: "unannounced_inspection",
      reporterId: f.users.inspector.id,
      latitude: 34.5765,
      photos: [{ id: f.photoId, kind: "before" }],
      availableActions: ["dispatch", "cancel_duplicate"],
    });
    const history = await callerFor(db, f.users.coordinator).tasks.history({
      findingId: created.findingId,
    });
    expect(history.map((e) => `${e.entityType}:${e.action}`)).toEqual([
      "finding:create",
      "task:create",
    ]);
    for (const role of ["officerA", "leader", "admin"] as const) {
      expect(await codeOf(callerFor(db, f.users[role]).findings.create(finding())), role).toBe(
        "FORBIDDEN",
      );
    }
  });

  it("closes a finding fixed on the spot at once, with its after photo", async () => {
    const created = await callerFor(db, f.users.inspector).findings.create(
      finding({ fixedOnSpot: { afterPhotoIds: [f.photoId] } }),
    );
    expect(created.status).toBe("closed");
    const detail = await callerFor(db, f.users.inspector).tasks.get({
      findingId: created.findingId,
    });
    expect(detail).toMatchObject({
      resolution: "fixed_on_spot",
      photos: expect.arrayContaining([
        {
          id: f.photoId,
          url: `/api/photos/${f.photoId}`,
          thumbnailUrl: `/api/photos/${f.photoId}/thumbnail`,
          kind: "after",
        },
      ]),
    });
    expect(
      await codeOf(
        callerFor(db, f.users.inspector).findings.create(
          finding({ fixedOnSpot: { afterPhotoIds: [] } }),
        ),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("refuses bad coordinates, unknown sites and categories, writing nothing", async () => {
    const before = await db.prisma.finding.count();
    const inspector = callerFor(db, f.users.inspector);
    expect(await codeOf(inspector.findings.create(finding({ latitude: 95 })))).toBe("BAD_REQUEST");
    expect(await codeOf(inspector.findings.create(finding({ longitude: "east" })))).toBe(
      "BAD_REQUEST",
    );
    expect(
      await domainErrorOf(
        inspector.findings.create(finding({ siteId: "00000000-0000-4000-8000-000000000000" })),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fields: { siteId: "error.reference_missing" },
    });
    expect(
      await domainErrorOf(inspector.findings.create(finding({ category: "no_such" }))),
    ).toMatchObject({
      fields: { category: "error.reference_missing" },
    });
    expect(await db.prisma.finding.count()).toBe(before);
  });

  it("records progress, escalation and every step in the task's history", async () => {
    const { findingId } = await f.task("assigned");
    const officer = callerFor(db, f.users.officerA);
    const coordinator = callerFor(db, f.users.coordinator);
    expect(await codeOf(officer.tasks.postProgress({ findingId, note: "尚未开始" }))).toBe(
      "CONFLICT",
    );
    expect((await coordinator.tasks.get({ findingId })).availableEdits).toEqual([
      "set_deadline",
      "escalate",
    ]);
    expect((await officer.tasks.get({ findingId })).availableEdits).toEqual([]); // not yet claimed
    await officer.tasks.transition({ action: "claim", findingId, expectedVersion: 1 });
    expect((await officer.tasks.get({ findingId })).availableEdits).toEqual(["post_progress"]);
    expect((await callerFor(db, f.users.leader).tasks.get({ findingId })).availableEdits).toEqual(
      [],
    );
    await officer.tasks.postProgress({
      findingId,
      note: "已联系保洁公司",
      photoIds: [f.officerPhotoId],
    });
    await coordinator.tasks.escalate({
      findingId,
      expectedVersion: 2,
      level: "supervision_notice",
      noticeText: "请于三日内完成整改",
    });
    // The escalation is a versioned change: the submit names the version after it.
    await officer.tasks.transition({
      action: "submit",
      findingId,
      expectedVersion: 3,
      note: "已清理完毕",
      photoIds: [f.officerPhotoId],
    });
    await callerFor(db, f.users.inspector).tasks.transition({
      action: "return",
      findingId,
      expectedVersion: 4,
      reason: "地面仍有污渍",
    });
    const detail = await coordinator.tasks.get({ findingId });
    expect(detail.progress.map((p) => p.kind)).toEqual(["progress", "submission"]);
    expect(detail.verifications).toMatchObject([
      { result: "returned", comment: "地面仍有污渍", verifierId: f.users.inspector.id },
    ]);
    expect(detail.escalations).toMatchObject([
      { level: "supervision_notice", issuedById: f.users.coordinator.id },
    ]);
    expect(detail.warning).toBe("yellow"); // sent back for rework: behind
    const history = await coordinator.tasks.history({ findingId });
    expect(history.map((e) => e.action)).toEqual([
      "claim",
      "post_progress",
      "escalate",
      "submit",
      "return",
    ]);
    expect(history.at(-1)).toMatchObject({
      reason: "地面仍有污渍",
      actorName: f.users.inspector.displayName,
    });
    expect(
      await codeOf(
        callerFor(db, f.users.inspector).tasks.escalate({
          findingId,
          expectedVersion: 5,
          level: "interview",
          noticeText: "约谈",
        }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("keeps the audit trail append-only in the database itself", async () => {
    await expect(db.prisma.auditEvent.deleteMany()).rejects.toThrow(/append-only/);
    await expect(db.prisma.auditEvent.updateMany({ data: { action: "forged" } })).rejects.toThrow(
      /append-only/,
    );
  });

  it("declares the allowed roles on every procedure (deny by default)", () => {
    const procedures = Object.entries(
      appRouter._def.procedures as unknown as Record<
        string,
        { _def: { meta?: { roles?: string[]; public?: boolean } } }
      >,
    );
    expect(procedures.length).toBeGreaterThan(5);
    for (const [path, procedure] of procedures) {
      const meta = procedure._def.meta;
      expect(meta?.public === true || (meta?.roles?.length ?? 0) > 0, path).toBe(true);
    }
    const publicOnes = procedures.filter(([, p]) => p._def.meta?.public).map(([path]) => path);
    // Sign-in, and the public report page's own (decision 0026).
    expect(publicOnes.sort()).toEqual([
      "auth.login",
      "auth.logout",
      "citizenReports.answer",
      "citizenReports.challenge",
      "citizenReports.formOptions",
      "citizenReports.status",
      "citizenReports.submit",
    ]);
  });
});
