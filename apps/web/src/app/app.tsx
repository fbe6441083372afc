import type { CurrentUser } from "@cw/domain";
import { lazy, Suspense, useEffect, useState } from "react";
import { fetchMe } from "../auth/sign-in-api.ts";
import { prefetchReportOptions } from "../citizen/report-options.ts";
import { ensureReportMessages } from "../i18n/i18n.ts";
import { BootLoading, SignIn } from "./boot.tsx";

// The first load is what the sign-in page needs and no more (issue 15, decisions 0027 and
// 0029): React, the texts and the two calls of sign-in-api.ts. Signed-in users never need the
// sign-in form, and it needs no UI kit and no API client; TanStack Query with the tRPC client
// (api-root.tsx), then antd (with the app's theme), the router and the screens load only for
// signed-in users. The citizen's report pages need none of them either.
const loadApiRoot = () => import("./api-root.tsx");
const ApiRoot = lazy(loadApiRoot);
// The citizen's report pages (decision 0032): plain markup and plain-api.ts, none of the
// signed-in app's parts.
const loadReportRoutes = () => import("../citizen/report-routes.tsx");
const ReportRoutes = lazy(loadReportRoutes);

const isReportPage = (pathname: string) => /^\/report(\/|$)/.test(pathname);

/** The signed-in app's code: its API client (it asks the screen's data), antd, the routes
 * and the screen at `pathname`, side by side. */
function preloadSignedInApp(pathname: string): void {
  void loadApiRoot();
  void import("./app-routes.tsx");
  // The table of screens is a chunk of its own: its lists of each screen's files would
  // add ~2 kB to the sign-in page. It has no dependencies, so it arrives at once, and the
  // screen's code, and antd's where the screen draws with it (not the phone screens'), follow.
  void import("./screen-code.ts").then(({ preloadScreen, screenAt }) =>
    preloadScreen(screenAt(pathname)),
  );
}

/**
 * Fetches the code of the first screen while auth.me is asked (main.tsx), instead of after its
 * answer: the sign-in form at "/" (where nobody is signed in, mostly), otherwise the signed-in
 * app and the screen at `pathname` (a reload, a bookmark, a phone reopening /inspect: almost
 * always a signed-in user's).
 */
function preloadFirstScreen(pathname: string): void {
  if (isReportPage(pathname)) {
    // The routes, the page, its texts and (on the form) its lists, side by side.
    void loadReportRoutes();
    void ensureReportMessages();
    if (pathname.startsWith("/report/status/")) void import("../citizen/report-status-page.tsx");
    else {
      void import("../citizen/report-page.tsx");
      prefetchReportOptions();
    }
    return;
  }
  if (pathname !== "/") {
    // The API client at once: the overview's and the inspector's data wait for it.
    void loadApiRoot();
  }
  // After the first frame (the placeholder below): the first paint waits for nothing else.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (pathname === "/") void import("../auth/login-page.tsx");
      else preloadSignedInApp(pathname);
    }),
  );
}

/** What the first answer of auth.me decided: nobody, a user, or no answer (shown later). */
type Boot = { state: "pending" } | { state: "signedOut" } | { state: "ready"; me?: CurrentUser };

/**
 * Starts the first load at `pathname`: asks who is signed in (not on a citizen's page, which
 * is the same for everyone) and fetches the first screen's code meanwhile. Never rejects.
 */
export function startFirstLoad(pathname: string): Promise<Boot> | null {
  preloadFirstScreen(pathname);
  if (isReportPage(pathname)) return null;
  return fetchMe().then(
    (me): Boot => (me ? { state: "ready", me } : { state: "signedOut" }),
    // Any other failure: the signed-in app asks again and shows it, with a retry.
    (): Boot => ({ state: "ready" }),
  );
}

/** `first` is startFirstLoad's answer: null on a citizen's report page. */
export function App({ first }: { first: Promise<Boot> | null }) {
  const [boot, setBoot] = useState<Boot>({ state: first ? "pending" : "ready" });
  useEffect(() => void first?.then(setBoot), [first]);
  if (!first)
    return (
      <Suspense fallback={<BootLoading />}>
        <ReportRoutes />
      </Suspense>
    );
  if (boot.state === "ready") {
    return (
      <Suspense fallback={<BootLoading />}>
        <ApiRoot me={boot.me} />
      </Suspense>
    );
  }
  if (boot.state === "signedOut")
    return (
      <SignIn
        onSignedIn={(me) => {
          // The signed-in app's parts at once, not one after another as they render.
          preloadSignedInApp(location.pathname);
          setBoot({ state: "ready", me });
        }}
      />
    );
  return <BootLoading />;
}
