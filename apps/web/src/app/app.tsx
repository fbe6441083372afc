import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { LoadError, Loading } from "../components/query-states.tsx";
import { isUnauthorized } from "../lib/api-error.ts";
import { useTRPC } from "../lib/trpc.ts";
import { AppRoutes } from "./app-routes.tsx";

// Signed-in users never need the sign-in form, so it loads only for those who do.
const LoginPage = lazy(() => import("../auth/login-page.tsx"));
const ChangePasswordPage = lazy(() => import("../auth/change-password-page.tsx"));

/** Who is signed in decides everything else: the sign-in form, or the app for that role. */
export function App() {
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
