import type { CurrentUser } from "@cw/domain";
import type { AppRouter } from "@cw/server";
import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { lazy, Suspense, useState } from "react";
import superjson from "superjson";
import { ensureScreenMessages } from "../i18n/i18n.ts";
import { prefetchInspect } from "../inspect/inspect-prefetch.ts";
import { isUnauthorized } from "../lib/api-error.ts";
import { TRPCProvider, useTRPC } from "../lib/trpc.ts";
import { prefetchUnit } from "../unit/unit-lists.ts";
import { BootLoading, SignIn } from "./boot.tsx";
import { lazyWithAntd } from "./lazy-with-antd.tsx";

// The signed-in app's API: TanStack Query and the tRPC client (with superjson), loaded with
// it and not by the sign-in page (issue 15, decision 0029: sign-in-api.ts asks auth.me and
// signs in without them). The router and the screens are lazy parts below (decision 0027),
// each screen on its own (app-routes.tsx) and under antd's provider where it draws with antd
// (decision 0033: not around the whole app, so the phone screens' first load carries none).
const AppRoutes = lazy(() => import("./app-routes.tsx"));
// A failed auth.me is rare: its notice is not part of the entry's list of this file's parts,
// which the sign-in and citizen pages carry (their budgets are at the byte).
const LoadError = lazy(() =>
  import("../components/query-states.tsx").then((m) => ({ default: m.LoadError })),
);
// A forced password change is rare: its texts travel with the other screens' (i18n.ts).
const ChangePasswordPage = lazyWithAntd(() =>
  Promise.all([import("../auth/change-password-page.tsx"), ensureScreenMessages()]).then(
    ([module]) => module.default,
  ),
);

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1 } },
});
const trpcClient = createTRPCClient<AppRouter>({
  // One HTTP request for all the overview's queries (its tiles and charts).
  links: [httpBatchLink({ url: "/trpc", transformer: superjson })],
});
const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });

// The first screen's data is asked for as soon as this module arrives (app.tsx fetches it
// at once on a screen's address), before React renders it: on the overview all its data
// (one batch; its own small chunk, it reads the filters with the router's helpers), on the
// inspector's and the unit officer's phones their lists (issue 15).
if (location.pathname === "/overview") {
  const search = new URLSearchParams(location.search);
  void import("../overview/overview-prefetch.ts").then((m) =>
    m.prefetchOverview(queryClient, trpc, search),
  );
}
if (location.pathname === "/inspect") prefetchInspect(queryClient, trpc);
if (location.pathname === "/unit")
  prefetchUnit(queryClient, trpc, new URLSearchParams(location.search));

/**
 * The signed-in app with its API, for `me` (the user app.tsx found signed in; when absent,
 * auth.me is asked again here and its failure shown).
 */
export default function ApiRoot({ me }: { me?: CurrentUser }) {
  // Once, as the app first draws: later the query's own answers (a sign-out's) are the truth.
  useState(() => me && queryClient.setQueryData(trpc.auth.me.queryKey(), me));
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <Suspense fallback={<BootLoading />}>
          <SignedInApp />
        </Suspense>
      </TRPCProvider>
    </QueryClientProvider>
  );
}

/** Who is signed in decides everything else: the sign-in form, or the app for that role. */
function SignedInApp() {
  const trpc = useTRPC();
  const client = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { retry: false }));
  if (me.isPending) return <BootLoading />;
  if (me.isError) {
    if (isUnauthorized(me.error))
      return <SignIn onSignedIn={(user) => client.setQueryData(trpc.auth.me.queryKey(), user)} />;
    return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (me.data.mustChangePassword) return <ChangePasswordPage displayName={me.data.displayName} />;
  return <AppRoutes user={me.data} />;
}
