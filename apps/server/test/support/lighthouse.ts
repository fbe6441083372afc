// Lighthouse 12 (its own mobile emulation: slow 4G, 4× CPU slowdown, simulated throttling;
// or its desktop preset) against the real server, driving Debian's Chromium through
// chrome-launcher. Simulated throttling computes the throttled timings from an unthrottled
// trace, which makes the scores far less sensitive to a busy machine than DevTools throttling.
import { HEADLESS_CHROMIUM_ARGS } from "@cw/db";
import { DEMO_PASSWORD } from "@cw/db/testing";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import puppeteer from "puppeteer-core";

export type Preset = "mobile" | "desktop";

/** One page's audit, the numbers the goals of issue 15 are written in. */
export interface PageAudit {
  performance: number;
  accessibility: number;
  /** First and largest contentful paint, total blocking time, in ms (as Lighthouse reports). */
  fcp: number;
  lcp: number;
  tbt: number;
  /** The longest main-thread task Lighthouse lists, in ms (0 when none over 50 ms). */
  longestTask: number;
  /** Encoded (compressed) bytes of JavaScript the page fetched. */
  scriptBytes: number;
  /** The failed accessibility audits' ids, so a low score says what to fix. */
  a11yFailures: string[];
}

const FLAGS = ["--headless=new", ...HEADLESS_CHROMIUM_ARGS];

/** Signs `username` in through the API; the `cw_session=…` pair for a Cookie header. */
export async function sessionCookie(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { username, password: DEMO_PASSWORD } }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("cw_session="));
  if (!session) throw new Error(`sign-in of ${username} failed: ${res.status}`);
  return session.split(";")[0] ?? "";
}

/**
 * One Lighthouse run of `url` in a fresh Chromium (cold cache, no service worker), signed in
 * with `cookie` when given. The cookie goes into the browser's own jar (through puppeteer,
 * the page Lighthouse then drives): a Cookie header of Lighthouse's `extraHeaders` is replaced
 * by the jar's cookies as soon as the page writes one of its own (the app's `lang`).
 */
export async function auditPage(
  chromePath: string,
  url: string,
  preset: Preset,
  cookie?: string,
): Promise<PageAudit> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: "error" });
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  try {
    const page = await browser.newPage();
    if (cookie) {
      const [name = "", value = ""] = cookie.split("=");
      await browser.setCookie({ name, value, domain: new URL(url).hostname, path: "/" });
    }
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
      },
      preset === "desktop" ? desktopConfig : undefined,
      page,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const audits = lhr.audits;
    const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    const items = (id: string) =>
      ((audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ??
        []) as Record<string, number | string>[];
    const longestTask = Math.max(0, ...items("long-tasks").map((t) => Number(t.duration)));
    const scriptBytes = items("network-requests")
      .filter((r) => r.resourceType === "Script")
      .reduce((sum, r) => sum + Number(r.transferSize ?? 0), 0);
    const a11y = lhr.categories.accessibility;
    const a11yFailures = (a11y?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0)
      .map((ref) => ref.id);
    return {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((a11y?.score ?? 0) * 100),
      fcp: Math.round(numeric("first-contentful-paint")),
      lcp: Math.round(numeric("largest-contentful-paint")),
      tbt: Math.round(numeric("total-blocking-time")),
      longestTask: Math.round(longestTask),
      scriptBytes,
      a11yFailures,
    };
  } finally {
    await browser.disconnect();
    chrome.kill();
  }
}

/**
 * One audit, asked again (twice at most) when Lighthouse itself says its trace failed and to
 * "run Lighthouse again" (NO_NAVSTART, NO_FCP…): that is the tool's hiccup, not the page's score.
 */
async function auditOnce(
  chromePath: string,
  url: string,
  preset: Preset,
  cookie?: string,
): Promise<PageAudit> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditPage(chromePath, url, preset, cookie);
    } catch (error) {
      if (attempt >= 3 || !/run Lighthouse again/i.test(String(error))) throw error;
    }
  }
}

/** The median of each number over `runs` audits (Lighthouse's mobile scores vary run to run). */
export async function medianAudit(
  chromePath: string,
  url: string,
  preset: Preset,
  cookie?: string,
  runs = 3,
): Promise<PageAudit & { runs: PageAudit[] }> {
  const all: PageAudit[] = [];
  // One after another: parallel runs on a shared machine would slow each other down.
  for (let i = 0; i < runs; i++) all.push(await auditOnce(chromePath, url, preset, cookie));
  const median = (pick: (a: PageAudit) => number) => {
    const sorted = all.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  return {
    performance: median((a) => a.performance),
    accessibility: median((a) => a.accessibility),
    fcp: median((a) => a.fcp),
    lcp: median((a) => a.lcp),
    tbt: median((a) => a.tbt),
    longestTask: median((a) => a.longestTask),
    scriptBytes: median((a) => a.scriptBytes),
    a11yFailures: [...new Set(all.flatMap((a) => a.a11yFailures))],
    runs: all,
  };
}
