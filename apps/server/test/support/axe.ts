import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { animationsSettled } from "./browser.ts";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const axeSource = readFileSync(axePath, "utf8");

/**
 * Runs axe-core in the page and fails on serious or critical violations (WCAG 2 A/AA rules),
 * listing each with the elements concerned so the failure says what to fix.
 */
export async function expectNoSeriousA11yViolations(page: Page, context = "page"): Promise<void> {
  // The page as it settles, not halfway through a transition: a button's colour or a panel's
  // fade still running blends the colours axe reads (CI once measured a default button's text
  // at 4.4:1 on a half-faded pink in the inspector's checklist).
  await animationsSettled(page);
  // Evaluated through DevTools, not as an inline <script> the server's CSP would refuse.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: string[]; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa"] },
    });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(" "))
            .join("; ")} (${(v.nodes[0]?.failureSummary ?? "").replace(/\s+/g, " ").trim()})`,
      );
  });
  expect(violations, `accessibility of ${context}`).toEqual([]);
}
