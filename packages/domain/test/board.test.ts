import { describe, expect, it } from "vitest";
import {
  type Actor,
  actionNeeds,
  awaitingUnit,
  boardTabs,
  bulkActionFor,
  DEFAULT_SETTINGS,
} from "../src/index.ts";

const coordinator: Actor = { id: "c", role: "coordinator", unitId: null, displayName: "协调员" };
const inspector: Actor = { id: "i", role: "inspector", unitId: null, displayName: "督查员" };

describe("the board's bulk actions, read from the workflow and edit tables", () => {
  it("offers a coordinator dispatch on new tasks and a 督办 notice where the unit owes the step", () => {
    expect(
      boardTabs(coordinator, DEFAULT_SETTINGS).map((t) => [t.key, t.bulk, t.bulkNeeds]),
    ).toEqual([
      ["overdue", "escalate", []],
      ["new", "dispatch", ["unitId"]],
      ["pushed_back", "dispatch", ["unitId"]],
      ["extension", "escalate", []],
      ["assigned", "escalate", []],
      ["in_progress", "escalate", []],
      ["verify", null, []],
      ["rework", "escalate", []],
      ["closed", null, []],
    ]);
  });

  it("offers nothing to a role that may neither dispatch nor escalate", () => {
    expect(boardTabs(inspector, DEFAULT_SETTINGS).map((t) => t.bulk)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("knows whose move each open state is", () => {
    expect(
      (["new", "assigned", "in_progress", "submitted", "returned", "partly_fixed"] as const).filter(
        awaitingUnit,
      ),
    ).toEqual(["assigned", "in_progress", "returned", "partly_fixed"]);
    expect(bulkActionFor(["submitted"], coordinator)).toBeNull();
    expect(bulkActionFor(["closed", "cancelled"], coordinator)).toBeNull();
  });
});

describe("what each action demands, under the photo settings", () => {
  it("asks for the evidence photo only while the setting is on", () => {
    expect(actionNeeds("submit", DEFAULT_SETTINGS)).toEqual(["note", "photoIds"]);
    expect(actionNeeds("submit", { ...DEFAULT_SETTINGS, requireEvidencePhoto: false })).toEqual([
      "note",
    ]);
    expect(actionNeeds("close", DEFAULT_SETTINGS)).toEqual([]);
    expect(actionNeeds("close", { ...DEFAULT_SETTINGS, requireVerificationPhoto: true })).toEqual([
      "photoIds",
    ]);
    expect(
      actionNeeds("fix_on_spot", { ...DEFAULT_SETTINGS, requireEvidencePhoto: false }),
    ).toEqual(["photoIds"]);
    expect(actionNeeds("cancel_duplicate", DEFAULT_SETTINGS)).toEqual(["reason", "duplicateOfId"]);
  });
});
