// English screens read "Overdue (2)" and "Deadline: …", not "Overdue（2）" and "Deadline：…":
// punctuation belongs to the language's catalogue ("format.*" keys), never to the code.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const WEB_SRC = join(import.meta.dirname, "../src");
const FULL_WIDTH = /[（）：，；！？、。]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "locales" ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** The lines of code in a file, comments left out (they may quote Chinese). */
function codeLines(path: string): { line: number; text: string }[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((text, i) => ({ line: i + 1, text: text.replace(/\/\/.*$/, "") }))
    .filter(({ text }) => !/^\s*(\*|\/\*)/.test(text));
}

function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsOf);
  return [];
}

describe("English punctuation on English screens", () => {
  it("no screen's code carries Chinese punctuation of its own", () => {
    const found = sourceFiles(WEB_SRC).flatMap((path) =>
      codeLines(path)
        .filter(({ text }) => FULL_WIDTH.test(text))
        .map(({ line, text }) => `${path.slice(WEB_SRC.length + 1)}:${line}: ${text.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it("the English catalogues have none either, and both format the same keys", () => {
    for (const part of ["core", "report", "screens"]) {
      const en = JSON.parse(readFileSync(join(WEB_SRC, `locales/en/${part}.json`), "utf8"));
      expect(stringsOf(en).filter((s) => FULL_WIDTH.test(s))).toEqual([]);
    }
    const zh = JSON.parse(readFileSync(join(WEB_SRC, "locales/zh-CN/core.json"), "utf8"));
    const en = JSON.parse(readFileSync(join(WEB_SRC, "locales/en/core.json"), "utf8"));
    expect(en.format).toEqual({
      labelled: "{{label}}: {{value}}",
      withNote: "{{text}} ({{note}})",
      listSeparator: ", ",
    });
    expect(zh.format).toEqual({
      labelled: "{{label}}：{{value}}",
      withNote: "{{text}}（{{note}}）",
      listSeparator: "、",
    });
  });
});
