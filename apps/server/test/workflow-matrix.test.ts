// The rectification workflow, every action × from-state × role, as the materials matrix does
// it. The tables below are written out by hand on purpose: they are the specification the
// domain's transition table (TRANSITIONS) is checked against, through the router.
//
// - every legal pair (34): the actors in `allowed` reach `to`, with the version bumped and one
//   audit event; every other actor is refused (wrong role, or an officer of another unit) and
//   nothing changes;
// - every illegal pair (101): the actors who may take the action are refused because of the
//   state, and nothing changes.
// An extension request leaves the state as it is (`to` = `from`); approving or refusing one is
// tried on tasks that have one pending (the fixture's), so a refusal there is the state's.

import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import {
  FINDING_STATUSES,
  type FindingStatus,
  type TransitionInput,
  WORKFLOW_ACTIONS,
} from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf, domainErrorOf } from "./support/caller.ts";

type ActorName = keyof TaskFixture["users"];
type Action = TransitionInput["action"];
const ACTORS: ActorName[] = ["admin", "coordinator", "inspector", "officerA", "officerB", "leader"];
const STATES: FindingStatus[] = [
  "new",
  "assigned",
  "in_progress",
  "submitted",
  "returned",
  "partly_fixed",
  "pushed_back",
  "closed",
  "cancelled",
];
const ACTIONS: Action[] = [
  "dispatch",
  "claim",
  "submit",
  "close",
  "return",
  "mark_partly_fixed",
  "resume",
  "reopen",
  "fix_on_spot",
  "cancel_duplicate",
  "transfer",
  "request_extension",
  "approve_extension",
  "refuse_extension",
  "push_back",
];

// officerA belongs to the fixture's unit A, which every dispatched task has; officerB does not.
const VERIFIERS: ActorName[] = ["inspector", "coordinator"];
const LEGAL: [action: Action, from: FindingStatus, to: FindingStatus, allowed: ActorName[]][] = [
  ["dispatch", "new", "assigned", ["coordinator"]],
  ["dispatch", "pushed_back", "assigned", ["coordinator"]],
  ["claim", "assigned", "in_progress", ["officerA"]],
  ["submit", "in_progress", "submitted", ["officerA"]],
  ["close", "submitted", "closed", VERIFIERS],
  ["return", "submitted", "returned", VERIFIERS],
  ["mark_partly_fixed", "submitted", "partly_fixed", VERIFIERS],
  ["resume", "returned", "in_progress", ["officerA"]],
  ["resume", "partly_fixed", "in_progress", ["officerA"]],
  ["reopen", "closed", "assigned", VERIFIERS],
  ["fix_on_spot", "new", "closed", ["inspector"]],
  ["cancel_duplicate", "new", "cancelled", ["coordinator"]],
  ["cancel_duplicate", "assigned", "cancelled", ["coordinator"]],
  ["cancel_duplicate", "pushed_back", "cancelled", ["coordinator"]],
  ["transfer", "assigned", "assigned", ["coordinator"]],
  ["transfer", "in_progress", "assigned", ["coordinator"]],
  ["transfer", "returned", "assigned", ["coordinator"]],
  ["transfer", "partly_fixed", "assigned", ["coordinator"]],
  ["request_extension", "assigned", "assigned", ["officerA"]],
  ["request_extension", "in_progress", "in_progress", ["officerA"]],
  ["request_extension", "returned", "returned", ["officerA"]],
  ["request_extension", "partly_fixed", "partly_fixed", ["officerA"]],
  ["approve_extension", "assigned", "assigned", ["coordinator"]],
  ["approve_extension", "in_progress", "in_progress", ["coordinator"]],
  ["approve_extension", "submitted", "submitted", ["coordinator"]],
  ["approve_extension", "returned", "returned", ["coordinator"]],
  ["approve_extension", "partly_fixed", "partly_fixed", ["coordinator"]],
  ["refuse_extension", "assigned", "assigned", ["coordinator"]],
  ["refuse_extension", "in_progress", "in_progress", ["coordinator"]],
  ["refuse_extension", "submitted", "submitted", ["coordinator"]],
  ["refuse_extension", "returned", "returned", ["coordinator"]],
  ["refuse_extension", "partly_fixed", "partly_fixed", ["coordinator"]],
  ["push_back", "assigned", "pushed_back", ["officerA"]],
  ["push_back", "in_progress", "pushed_back", ["officerA"]],
];

/** Who may take each action at all (from some state): they are refused by state elsewhere. */
const TAKERS: Record<Action, ActorName[]> = {
  dispatch: ["coordinator"],
  claim: ["officerA"],
  submit: ["officerA"],
  close: VERIFIERS,
  return: VERIFIERS,
  mark_partly_fixed: VERIFIERS,
  resume: ["officerA"],
  reopen: VERIFIERS,
  fix_on_spot: ["inspector"],
  cancel_duplicate: ["coordinator"],
  transfer: ["coordinator"],
  request_extension: ["officerA"],
  approve_extension: ["coordinator"],
  refuse_extension: ["coordinator"],
  push_back: ["officerA"],
};

/** What each action sends besides the task and its version: a complete, valid request. */
const INPUT: Record<Action, (f: TaskFixture, original: string) => Record<string, unknown>> = {
  dispatch: (f) => ({ unitId: f.unitA }),
  claim: () => ({}),
  submit: (f) => ({ note: "已清理", photoIds: [f.officerPhotoId] }),
  close: () => ({ comment: "复查合格" }),
  return: () => ({ reason: "仍有垃圾" }),
  mark_partly_fixed: () => ({ reason: "只清理了一半" }),
  resume: () => ({}),
  reopen: () => ({ reason: "回头看发现反弹" }),
  fix_on_spot: (f) => ({ photoIds: [f.photoId] }),
  cancel_duplicate: (_f, original) => ({ duplicateOfId: original, reason: "与已有问题重复" }),
  transfer: (f) => ({ unitId: f.unitB, reason: "属市场监管职责" }),
  request_extension: () => ({ deadline: "2027-01-20", reason: "需采购材料" }),
  approve_extension: () => ({ comment: "同意延期" }),
  refuse_extension: () => ({ reason: "理由不充分" }),
  push_back: () => ({ reason: "该点位不属本单位管理" }),
};

/** Approving or refusing is tried on a task with a request pending. */
const WITH_PENDING_REQUEST: ReadonlySet<Action> = new Set([
  "approve_extension",
  "refuse_extension",
]);

const isLegal = (action: Action, from: FindingStatus) =>
  LEGAL.some(([a, s]) => a === action && s === from);
const ILLEGAL = ACTIONS.flatMap((action) =>
  STATES.filter((from) => !isLegal(action, from)).map((from) => [action, from] as const),
);

/**
 * Why a refused actor is refused. Officers see only their own unit's tasks, so an officer of
 * another unit, or any officer on a task not yet dispatched (no unit), is refused for the unit
 * whatever the action. Otherwise a role that never takes the action is refused for its role,
 * and the right actor in the wrong state for the state.
 */
function refusal(action: Action, from: FindingStatus, actor: ActorName) {
  if (actor === "officerB" || (actor === "officerA" && (from === "new" || from === "pushed_back")))
    return { code: "FORBIDDEN", key: "error.forbidden_unit" };
  if (!TAKERS[action].includes(actor)) return { code: "FORBIDDEN", key: "error.forbidden_role" };
  return { code: "CONFLICT", key: "workflow.illegal_transition" };
}

describe("the workflow matrix itself", () => {
  it("covers every action and state the domain has: 34 legal pairs, 101 illegal", () => {
    expect(ACTIONS).toEqual([...WORKFLOW_ACTIONS]);
    expect(STATES).toEqual([...FINDING_STATUSES]);
    expect(LEGAL.length).toBe(34);
    expect(ILLEGAL.length).toBe(101);
  });
});

describe.each(testEngines())("workflow transitions by action, state and role on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  let original: string;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
    original = (await f.task("new")).findingId;
  });
  afterAll(() => db.destroy());

  const attempt = (actor: ActorName, action: Action, findingId: string) =>
    callerFor(db, f.users[actor]).tasks.transition({
      action,
      findingId,
      expectedVersion: 1,
      ...INPUT[action](f, original),
    } as TransitionInput);
  const stateOf = async (findingId: string) => {
    const task = await db.prisma.rectificationTask.findUniqueOrThrow({ where: { findingId } });
    const events = await db.prisma.auditEvent.findMany({
      where: { entityId: findingId },
      orderBy: { at: "asc" },
    });
    return { status: task.status, version: task.version, events };
  };

  for (const [action, from, to, allowed] of LEGAL) {
    for (const actor of ACTORS) {
      const ok = allowed.includes(actor);
      it(`${action} from ${from} by ${actor}: ${ok ? `→ ${to}` : "refused"}`, async () => {
        const { findingId } = await f.task(from, {
          extensionPending: WITH_PENDING_REQUEST.has(action),
        });
        const before = await stateOf(findingId);
        if (ok) {
          expect(await codeOf(attempt(actor, action, findingId))).toBe("OK");
          const after = await stateOf(findingId);
          expect([after.status, after.version]).toEqual([to, 2]);
          expect(after.events.length).toBe(before.events.length + 1);
          expect(after.events.at(-1)).toMatchObject({
            action,
            actorId: f.users[actor].id,
            entityType: "task",
            before: { status: from, version: 1 },
            after: { status: to, version: 2 },
          });
        } else {
          const error = await domainErrorOf(attempt(actor, action, findingId));
          expect({ code: error.code, key: error.key }).toEqual(refusal(action, from, actor));
          expect(await stateOf(findingId)).toEqual(before);
        }
      });
    }
  }

  for (const [action, from] of ILLEGAL) {
    it(`${action} from ${from}: refused by state, nothing changes`, async () => {
      for (const actor of TAKERS[action]) {
        const { findingId } = await f.task(from, {
          extensionPending: WITH_PENDING_REQUEST.has(action),
        });
        const before = await stateOf(findingId);
        const error = await domainErrorOf(attempt(actor, action, findingId));
        expect({ actor, code: error.code, key: error.key }).toEqual({
          actor,
          ...refusal(action, from, actor),
        });
        expect(await stateOf(findingId)).toEqual(before);
      }
    });
  }
});
