import { describe, expect, it } from "vitest";
import { siteTasksHref } from "../src/map/warning-colors.ts";

const S1 = "55555555-5555-4555-8555-555555555555";

describe("siteTasksHref: the list behind a map marker", () => {
  it("lists the site's open tasks, whatever its worst colour (what the marker counts)", () => {
    expect(siteTasksHref({ id: S1 })).toBe(`/tasks?siteId=${S1}&open=true`);
  });
});
