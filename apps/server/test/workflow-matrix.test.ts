// Every workflow action, tried by every role, on a task in the right state: exactly the
// actors in ALLOWED succeed, reach the expected state and leave one audit event; everyone else
// is refused and changes nothing. The table is written out by hand on purpose: it is the
// specification the domain's transition table is checked against.

import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import type { FindingStatus, TransitionInput } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf } from "./support/caller.ts";

type ActorName = keyof TaskFixture["users"];
const ACTORS: ActorName[] = ["admin", "coordinator", "inspector", "officerA", "officerB", "leader"];

interface Case {
  from: FindingStatus;
  to: FindingStatus;
  allowed: ActorName[];
  input: (f: TaskFixture, other: string) => Record<string, unknown>;
}

const CASES: Record<TransitionInput["action"], Case> = {
  dispatch: {
    from: "new",
    to: "assigned",
    allowed: ["coordinator"],
    input: (f) => ({ unitId: f.unitA }),
  },
  claim: { from: "assigned", to: "in_progress", allowed: ["officerA"], input: () => ({}) },
  submit: {
    from: "in_progress",
    to: "submitted",
    allowed: ["officerA"],
    input: (f) => ({ note: "已清理", photoIds: [f.photoId] }),
  },
  close: {
    from: "submitted",
    to: "closed",
    allowed: ["inspector", "coordinator"],
    input: () => ({ comment: "复查合格" }),
  },
  return: {
    from: "submitted",
    to: "returned",
    allowed: ["inspector", "coordinator"],
    input: () => ({ reason: "仍有垃圾" }),
  },
  mark_partly_fixed: {
    from: "submitted",
    to: "partly_fixed",
    allowed: ["inspector", "coordinator"],
    input: () => ({ reason: "只清理了一半" }),
  },
  resume: { from: "returned", to: "in_progress", allowed: ["officerA"], input: () => ({}) },
  reopen: {
    from: "closed",
    to: "assigned",
    allowed: ["inspector", "coordinator"],
    input: () => ({ reason: "回头看发现反弹" }),
  },
  fix_on_spot: {
    from: "new",
    to: "closed",
    allowed: ["inspector"],
    input: (f) => ({ photoIds: [f.photoId] }),
  },
  cancel_duplicate: {
    from: "new",
    to: "cancelled",
    allowed: ["coordinator"],
    input: (_f, other) => ({ duplicateOfId: other, reason: "与已有问题重复" }),
  },
  transfer: {
    from: "in_progress",
    to: "assigned",
    allowed: ["coordinator"],
    input: (f) => ({ unitId: f.unitB, reason: "属市场监管职责" }),
  },
};

describe.each(testEngines())("workflow transitions by role on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  let original: string;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
    original = (await f.task("new")).findingId;
  });
  afterAll(() => db.destroy());

  for (const [action, spec] of Object.entries(CASES)) {
    for (const actor of ACTORS) {
      const allowed = spec.allowed.includes(actor);
      it(`${action} from ${spec.from} by ${actor}: ${allowed ? `→ ${spec.to}` : "refused"}`, async () => {
        const { findingId } = await f.task(spec.from);
        const auditBefore = await db.prisma.auditEvent.count({ where: { entityId: findingId } });
        const call = callerFor(db, f.users[actor]).tasks.transition({
          action,
          findingId,
          expectedVersion: 1,
          ...spec.input(f, original),
        } as TransitionInput);
        const code = await codeOf(call);
        const task = await db.prisma.rectificationTask.findUniqueOrThrow({ where: { findingId } });
        const events = await db.prisma.auditEvent.findMany({ where: { entityId: findingId } });
        if (allowed) {
          expect(code).toBe("OK");
          expect(task.status).toBe(spec.to);
          expect(task.version).toBe(2);
          expect(events.length).toBe(auditBefore + 1);
          const event = events.at(-1);
          expect(event).toMatchObject({ action, actorId: f.users[actor].id, entityType: "task" });
          expect(event?.before).toMatchObject({ status: spec.from, version: 1 });
          expect(event?.after).toMatchObject({ status: spec.to, version: 2 });
        } else {
          expect(code).toBe("FORBIDDEN");
          expect(task.status).toBe(spec.from);
          expect(task.version).toBe(1);
          expect(events.length).toBe(auditBefore);
        }
      });
    }
  }

  it("refuses every action from a state it does not leave from, changing nothing", async () => {
    const wrongState: Record<string, FindingStatus> = {
      dispatch: "assigned",
      claim: "closed",
      submit: "assigned",
      close: "in_progress",
      return: "closed",
      mark_partly_fixed: "returned",
      resume: "submitted",
      reopen: "in_progress",
      fix_on_spot: "assigned",
      cancel_duplicate: "in_progress",
      transfer: "submitted",
    };
    for (const [action, spec] of Object.entries(CASES)) {
      const from = wrongState[action] as FindingStatus;
      const { findingId } = await f.task(from);
      const actor = f.users[spec.allowed[0] as ActorName];
      const code = await codeOf(
        callerFor(db, actor).tasks.transition({
          action,
          findingId,
          expectedVersion: 1,
          ...spec.input(f, original),
        } as TransitionInput),
      );
      expect(code, `${action} from ${from}`).toBe("CONFLICT");
      const task = await db.prisma.rectificationTask.findUniqueOrThrow({ where: { findingId } });
      expect(task.status).toBe(from);
    }
  });
});
