// What the screens ask for comes from the server: the fields each available action demands
// under the current settings, and the board's tabs with their bulk actions.
import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf } from "./support/caller.ts";

describe.each(testEngines())("what the server says a form needs, on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
  });
  afterAll(() => db.destroy());

  it("says which fields each available action demands, following the photo settings", async () => {
    const officer = callerFor(db, f.users.officerA);
    const inspector = callerFor(db, f.users.inspector);
    const admin = callerFor(db, f.users.admin);
    const working = await f.task("in_progress");
    const submitted = await f.task("submitted");
    expect((await officer.tasks.get(working)).actionNeeds).toEqual({
      submit: ["note", "photoIds"],
      request_extension: ["reason", "deadline"],
      push_back: ["reason"],
    });
    expect((await inspector.tasks.get(submitted)).actionNeeds).toEqual({
      close: [],
      return: ["reason"],
      mark_partly_fixed: ["reason"],
    });

    await admin.settings.update({ requireEvidencePhoto: false, requireVerificationPhoto: true });
    expect((await officer.tasks.get(working)).actionNeeds).toEqual({
      submit: ["note"],
      request_extension: ["reason", "deadline"],
      push_back: ["reason"],
    });
    expect((await inspector.tasks.get(submitted)).actionNeeds).toEqual({
      close: ["photoIds"],
      return: ["reason"],
      mark_partly_fixed: ["reason"],
    });
    // The check behind it is the same: without a photo, closing is refused now.
    expect(
      await codeOf(
        inspector.tasks.transition({
          action: "close",
          findingId: submitted.findingId,
          expectedVersion: 1,
        }),
      ),
    ).toBe("BAD_REQUEST");
    await admin.settings.update({ requireEvidencePhoto: true, requireVerificationPhoto: false });
  });

  it("gives coordinators the board's tabs with the bulk action each offers, and nobody else", async () => {
    const tabs = await callerFor(db, f.users.coordinator).tasks.boardTabs();
    expect(tabs).toEqual([
      { key: "overdue", filter: { timing: "overdue" }, bulk: "escalate", bulkNeeds: [] },
      { key: "new", filter: { status: ["new"] }, bulk: "dispatch", bulkNeeds: ["unitId"] },
      {
        key: "pushed_back",
        filter: { status: ["pushed_back"] },
        bulk: "dispatch",
        bulkNeeds: ["unitId"],
      },
      {
        key: "extension",
        filter: { timing: "extension_requested" },
        bulk: "escalate",
        bulkNeeds: [],
      },
      { key: "assigned", filter: { status: ["assigned"] }, bulk: "escalate", bulkNeeds: [] },
      { key: "in_progress", filter: { status: ["in_progress"] }, bulk: "escalate", bulkNeeds: [] },
      { key: "verify", filter: { status: ["submitted"] }, bulk: null, bulkNeeds: [] },
      {
        key: "rework",
        filter: { status: ["returned", "partly_fixed"] },
        bulk: "escalate",
        bulkNeeds: [],
      },
      { key: "closed", filter: { status: ["closed"] }, bulk: null, bulkNeeds: [] },
    ]);
    expect(await codeOf(callerFor(db, f.users.inspector).tasks.boardTabs())).toBe("FORBIDDEN");
  });
});
