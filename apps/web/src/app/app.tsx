import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { useLocation } from "react-router";
import { LoadError, Loading } from "../components/query-states.tsx";
import { ensureScreenMessages } from "../i18n/i18n.ts";
import { isUnauthorized } from "../lib/api-error.ts";
import { useTRPC } from "../lib/trpc.ts";
import { AppRoutes } from "./app-routes.tsx";

// Signed-in users never need the sign-in form, so it loads only for those who do.
const LoginPage = lazy(() => import("../auth/login-page.tsx"));
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

export function App() {
  return /^\/report(\/|$)/.test(useLocation().pathname) ? (
    <Suspense fallback={<Loading />}>
      <ReportRoutes />
    </Suspense>
  ) : (
    <SignedInApp />
  );
}

/** Who is signed in decides everything else: the sign-in form, or the app for that role. */
function SignedInApp() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { retry: false }));
  if (me.isPending) {
    return (
      <main className="page">
        <Loading />
      </main>
    );
  }
  if (me.isError) {
    if (isUnauthorized(me.error)) {
      return (
        <Suspense fallback={<Loading />}>
          <LoginPage />
        </Suspense>
      );
    }
    return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (me.data.mustChangePassword) {
    return (
      <Suspense fallback={<Loading />}>
        <ChangePasswordPage displayName={me.data.displayName} />
      </Suspense>
    );
  }
  return <AppRoutes user={me.data} />;
}
