import type { AppRouter } from "@cw/server";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import superjson from "superjson";
import { App, preloadFirstScreen } from "./app/app.tsx";
import { i18n, savedLanguage, setLanguage } from "./i18n/i18n.ts";
import { prefetchInspect } from "./inspect/inspect-prefetch.ts";
import { TRPCProvider } from "./lib/trpc.ts";
import "./styles.css";

function Root() {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } }),
  );
  const [trpcClient] = useState(() => {
    const client = createTRPCClient<AppRouter>({
      // One HTTP request for all the overview's queries (its tiles and charts).
      links: [httpBatchLink({ url: "/trpc", transformer: superjson })],
    });
    // Nothing waits for anything: who is signed in, and on the overview all its data (one
    // batch, from the next tick so it does not hold back the quick auth.me and the page
    // around the charts), both asked for before React renders.
    const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
    void queryClient.prefetchQuery(trpc.auth.me.queryOptions(undefined, { retry: false }));
    if (location.pathname === "/overview") {
      const search = new URLSearchParams(location.search);
      // Its own small chunk (it reads the filters with the router's helpers).
      void import("./overview/overview-prefetch.ts").then((m) =>
        m.prefetchOverview(queryClient, trpc, search),
      );
    }
    // The inspector's phone likewise (issue 15), from the next tick: its own batch.
    if (location.pathname === "/inspect") setTimeout(() => prefetchInspect(queryClient, trpc));
    // The first screen's code travels alongside auth.me, not after its answer (issue 15).
    preloadFirstScreen(location.pathname);
    return client;
  });
  return (
    <I18nextProvider i18n={i18n}>
      {/* antd (and its theme) and the router load with the signed-in app, not here: app.tsx
          and app-routes.tsx (issue 15), so the sign-in page's load is small. */}
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <App />
        </TRPCProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

const root = document.getElementById("root");
// Someone who chose English gets it from the first paint (its catalogue is fetched first).
// Always through setLanguage, which writes the cookie: without one the server would answer in
// the browser's Accept-Language (English in many browsers) under a Chinese screen.
const ready = setLanguage(savedLanguage());
if (root) {
  void ready.finally(() =>
    createRoot(root).render(
      <StrictMode>
        <Root />
      </StrictMode>,
    ),
  );
}
