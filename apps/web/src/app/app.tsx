import { useQuery } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { ensureScreenMessages } from "../i18n/i18n.ts";
import { isUnauthorized } from "../lib/api-error.ts";
import { useTRPC } from "../lib/trpc.ts";

// The first load is what the sign-in page needs and no more (issue 15, decision 0027): React,
// the API client and the texts. Signed-in users never need the sign-in form, and it needs no
// UI kit; antd (with the app's theme), the router and the screens load only for signed-in
// users, each screen on its own (app-routes.tsx).
const LoginPage = lazy(() => import("../auth/login-page.tsx"));
const AntdProvider = lazy(() => import("./antd-provider.tsx"));
const AppRoutes = lazy(() => import("./app-routes.tsx"));
const LoadError = lazy(() =>
  import("../components/query-states.tsx").then((m) => ({ default: m.LoadError })),
);
// A forced password change is rare: its texts travel with the other screens' (i18n.ts).
const ChangePasswordPage = lazy(() =>
  Promise.all([import("../auth/change-password-page.tsx"), ensureScreenMessages()]).then(
    ([module]) => module,
  ),
);

// The public report pages (decision 0026): no sign-in, none of the staff screens' code.
const ReportRoutes = lazy(() =>
  Promise.all([import("../citizen/report-routes.tsx"), ensureScreenMessages()]).then(([m]) => m),
);
const isReportPage = (pathname: string) => /^\/report(\/|$)/.test(pathname);

/**
 * Fetches the code of the first screen while auth.me is asked (main.tsx), instead of after its
 * answer: the sign-in form at "/" (where nobody is signed in, mostly), otherwise the signed-in
 * app (antd, the routes) and the screen at `pathname` (a reload, a bookmark, a phone reopening
 * /inspect: almost always a signed-in user's).
 */
export function preloadFirstScreen(pathname: string): void {
  // After the first frame (the placeholder below): the first paint waits for nothing of it.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (pathname === "/") {
        void import("../auth/login-page.tsx");
        return;
      }
      if (isReportPage(pathname)) {
        void import("../citizen/report-routes.tsx");
        return;
      }
      void import("./antd-provider.tsx");
      void import("./app-routes.tsx");
      // The table of screens is a chunk of its own: its lists of each screen's files would
      // add ~2 kB to the sign-in page. It has no dependencies, so it arrives long before
      // antd, and the screen's code is fetched beside antd instead of after it.
      void import("./screen-code.ts").then(({ loadScreen, screenAt }) => {
        const screen = screenAt(pathname);
        if (screen) void loadScreen(screen);
      });
    }),
  );
}

/**
 * Placeholder while the first answer or a part's code arrives: antd's skeleton, drawn in CSS.
 * On a screen's address it stands under the top bar's product name, as the screen will: the
 * phone shows the app at once, not a blank page, while the screen's code arrives.
 */
export function BootLoading() {
  const { t } = useTranslation();
  return (
    <>
      {location.pathname !== "/" && (
        <header className="topbar">
          <span className="brand">{t("app.title")}</span>
        </header>
      )}
      <main className="page">
        <div className="boot-loading" role="status" aria-label={t("common.loading")}>
          <span />
          <span />
          <span />
          <span />
        </div>
      </main>
    </>
  );
}

/** Everything past the sign-in form is drawn with antd under the app's theme. */
function WithAntd({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<BootLoading />}>
      <AntdProvider>{children}</AntdProvider>
    </Suspense>
  );
}

export function App() {
  // A citizen's page asks nobody who is signed in: it is the same for everyone.
  if (isReportPage(location.pathname)) {
    return (
      <WithAntd>
        <ReportRoutes />
      </WithAntd>
    );
  }
  return <SignedInApp />;
}

/** Who is signed in decides everything else: the sign-in form, or the app for that role. */
function SignedInApp() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { retry: false }));
  if (me.isPending) return <BootLoading />;
  if (me.isError) {
    if (isUnauthorized(me.error)) {
      return (
        <Suspense fallback={<BootLoading />}>
          <LoginPage />
        </Suspense>
      );
    }
    return (
      <WithAntd>
        <LoadError error={me.error} onRetry={() => void me.refetch()} />
      </WithAntd>
    );
  }
  if (me.data.mustChangePassword) {
    return (
      <WithAntd>
        <ChangePasswordPage displayName={me.data.displayName} />
      </WithAntd>
    );
  }
  return (
    <WithAntd>
      <AppRoutes user={me.data} />
    </WithAntd>
  );
}
