import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { LoginPage } from "./auth/login-page.tsx";
import { useTRPC } from "./lib/trpc.ts";
import { messages as t } from "./messages.ts";
import { OverviewPage } from "./overview/overview-page.tsx";

export function App() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { retry: false }));
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({ onSuccess: () => queryClient.resetQueries() }),
  );
  if (me.isPending)
    return (
      <p role="status" className="page">
        {t.loading}
      </p>
    );
  if (me.isError) {
    if (me.error.data?.code === "UNAUTHORIZED") return <LoginPage />;
    return (
      <div role="alert" className="page error">
        {t.loadFailed}{" "}
        <button type="button" onClick={() => me.refetch()}>
          {t.retry}
        </button>
      </div>
    );
  }
  return (
    <>
      <nav className="topbar" aria-label={t.appTitle}>
        <span className="brand">{t.appTitle}</span>
        <span className="user" data-testid="current-user">
          {me.data.displayName}
        </span>
        <button type="button" onClick={() => logout.mutate()}>
          {t.signOut}
        </button>
      </nav>
      <OverviewPage />
    </>
  );
}
