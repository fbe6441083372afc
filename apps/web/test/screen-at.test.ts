import { describe, expect, it } from "vitest";
import { screenAt } from "../src/app/screen-code.ts";

// The first load fetches the screen an address opens (app.tsx); a wrong answer here costs a
// reload its head start, or fetches a screen it will not show.
describe("the screen an address opens first", () => {
  it("names the screen by the address's first part", () => {
    expect(screenAt("/overview")).toBe("overview");
    expect(screenAt("/board/tasks/1c0e")).toBe("board");
    expect(screenAt("/inspect")).toBe("inspect");
  });

  it("tells a task's detail from the task list, and the notice's print page from documents", () => {
    expect(screenAt("/tasks")).toBe("tasks");
    expect(screenAt("/tasks/6f1d2c")).toBe("task-detail");
    expect(screenAt("/documents")).toBe("documents");
    expect(screenAt("/documents/notice-print")).toBe("notice-print");
  });

  it("names none for the sign-in page, an unknown address or an inherited property", () => {
    expect(screenAt("/")).toBeUndefined();
    expect(screenAt("/nowhere")).toBeUndefined();
    expect(screenAt("/constructor")).toBeUndefined();
  });
});
