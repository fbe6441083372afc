import { existsSync } from "node:fs";
import type { CalendarDate } from "@cw/domain";
import type { AnonymousServiceContext } from "../service-context.ts";
import { createSession, deleteSession } from "../sessions.ts";

/** Where the server finds a browser and its own web app for the server-side PDF. */
export interface ReportConfig {
  /** A Chromium executable, or null: no PDF can be rendered (the error says what to do). */
  chromiumPath: string | null;
  /** The app as this machine reaches it (the print view is the app's own overview). */
  appUrl: string;
}

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** CHROMIUM_PATH (else Debian's chromium if installed); REPORT_APP_URL (else this server's port). */
export function reportConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ReportConfig {
  const configured = env.CHROMIUM_PATH?.trim();
  const chromiumPath = configured || CHROMIUM_CANDIDATES.find((p) => existsSync(p)) || null;
  const appUrl = (
    env.REPORT_APP_URL?.trim() || `http://127.0.0.1:${env.PORT?.trim() || "3000"}`
  ).replace(/\/+$/, "");
  return { chromiumPath, appUrl };
}

/** No browser to render with: a setup problem the message explains, not a bug. */
export class ReportRendererUnavailable extends Error {
  override name = "ReportRendererUnavailable";
}

export const PDF_MIME = "application/pdf";

const A4_CONTENT_WIDTH_PX = Math.floor(((210 - 24) / 25.4) * 96);

/** In the page (a string: this package has no DOM types): every chart drawn, nothing loading. */
const CHARTS_DRAWN = `(() => {
  const charts = [...document.querySelectorAll(".chart")];
  return charts.length > 0 &&
    charts.every((c) => c.querySelector("svg") || c.textContent.trim()) &&
    !document.querySelector(".ant-spin-spinning, .ant-skeleton");
})()`;

/** Chromium's flags for a server without a display, GPU or sandbox privileges. */
/** Headless Chromium on a server or CI machine: the PDF renderer, the bench and the browser tests. */
export const HEADLESS_CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * The leader report as a PDF: the app's own overview, opened by headless Chromium as the
 * given user (a session issued for this render and removed after it), printed with the print
 * style sheet on A4 once every chart is drawn. The printed page and this file are one view.
 */
export async function renderLeaderReportPdf(
  ctx: AnonymousServiceContext,
  config: ReportConfig,
  input: { userId: string; period: { from: CalendarDate; to: CalendarDate } },
): Promise<Uint8Array> {
  const path = config.chromiumPath;
  if (!path || !existsSync(path)) {
    throw new ReportRendererUnavailable(
      `The leader report PDF needs Chromium${path ? ` (CHROMIUM_PATH=${path} does not exist)` : ""}: install Debian's package with \`apt-get install -y chromium fonts-noto-cjk\` or set CHROMIUM_PATH to a Chromium executable.`,
    );
  }
  const { token } = await createSession(ctx, input.userId);
  // Loaded here, not with the module: the browser driver is ~65 MB of a server's memory that
  // only a PDF needs (docs/performance.md, "Memory").
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: path,
    headless: true,
    args: HEADLESS_CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({
      locale: ctx.locale,
      reducedMotion: "reduce",
      // A4's width inside the print margins (210 − 2 × 12 mm at 96 px per inch): the charts
      // measure their box on screen and keep that width when printed.
      viewport: { width: A4_CONTENT_WIDTH_PX, height: 1000 },
    });
    const url = new URL(config.appUrl);
    await context.addCookies([
      { name: "cw_session", value: token, domain: url.hostname, path: "/", httpOnly: true },
      { name: "lang", value: ctx.locale, domain: url.hostname, path: "/" },
    ]);
    const page = await context.newPage();
    await page.emulateMedia({ media: "print" });
    const query = new URLSearchParams({ from: input.period.from, to: input.period.to });
    const response = await page
      .goto(`${config.appUrl}/overview?${query}`, { waitUntil: "networkidle", timeout: 60_000 })
      .catch((error: Error) => {
        // `jobs:run` against a server database with no app server listening: say so.
        if (
          /ERR_CONNECTION_REFUSED|ERR_NAME_NOT_RESOLVED|ERR_ADDRESS_UNREACHABLE/.test(error.message)
        )
          throw new ReportRendererUnavailable(
            `The leader report PDF is printed from the app's own overview, but no app server answered at REPORT_APP_URL=${config.appUrl}: start the server (npm start) or set REPORT_APP_URL to one that runs.`,
          );
        throw error;
      });
    if (!response?.ok()) {
      throw new Error(
        `The overview answered ${response?.status() ?? "nothing"} at ${config.appUrl}`,
      );
    }
    await page.getByTestId("tile-on-time").waitFor({ timeout: 60_000 });
    // Every chart drawn (an SVG, or its empty state), nothing still loading, the fonts in.
    await page.waitForFunction(CHARTS_DRAWN, undefined, { timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    await page.evaluate("document.fonts.ready.then(() => true)");
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
    await deleteSession(ctx, token);
  }
}
