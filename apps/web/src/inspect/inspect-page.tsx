import type { CurrentUser } from "@cw/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Suspense, useCallback, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Route, Routes } from "react-router";
import { registerAppShell } from "../app-shell/register-app-shell.ts";
import { PlainAlert } from "../components/plain-controls.tsx";
import { Loading } from "../components/query-states.tsx";
import { useTRPC } from "../lib/trpc.ts";
import type { OutboxEntry } from "../offline/outbox-types.ts";
import { useOnline } from "../offline/use-online.ts";
import { useOutbox } from "../offline/use-outbox.ts";
import { VerifyBanner } from "../verify/verify-banner.tsx";
import { entryLabel } from "./entry-label.ts";
import { InspectContext } from "./inspect-context.ts";
import { OutboxPanel } from "./outbox-panel.tsx";
import { SiteChooser } from "./site-chooser.tsx";
import { usePosition } from "./use-position.ts";
import "./inspect.css";
import { lazyWithAntd } from "../app/lazy-with-antd.tsx";

// A site's checklist and its recording form load when a site is chosen, not with the list of
// sites the inspector lands on (issue 15); the app shell precaches them for offline use.
const SiteView = lazyWithAntd(() => import("./site-view.tsx").then((m) => m.SiteView));

/** The inspector's phone view (lazy route /inspect/*): choose a site, then walk its checklist. */
export default function InspectPage() {
  const trpc = useTRPC();
  // Already answered by the app shell; read from the cache here.
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { retry: false }));
  // The next visit opens without signal (decision 0024).
  useEffect(registerAppShell, []);
  if (!me.data) return <Loading />;
  return <InspectScreen user={me.data} />;
}

function InspectScreen({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Asked for on arrival, so the service worker has them for a finding recorded later with
  // no signal (decision 0024).
  useEffect(() => {
    void queryClient.prefetchQuery(trpc.categories.list.queryOptions({ active: true }));
  }, [queryClient, trpc]);
  const online = useOnline();
  const position = usePosition();
  const label = useCallback((e: OutboxEntry) => entryLabel(t, e), [t]);
  const outbox = useOutbox(user.id, label);
  return (
    <InspectContext value={{ user, outbox, position, online }}>
      <main className="page inspect-page">
        <header className="inspect-header">
          <h1>{t("nav.inspect")}</h1>
          <OutboxPanel />
        </header>
        {!online && (
          <PlainAlert
            kind="warning"
            role="status"
            title={t("inspect.offline")}
            className="inspect-notice"
            data-testid="offline-banner"
          />
        )}
        <Routes>
          <Route
            index
            element={
              <>
                {online && <VerifyBanner />}
                <SiteChooser />
              </>
            }
          />
          <Route
            path="site/:siteId"
            element={
              <Suspense fallback={<Loading />}>
                <SiteView />
              </Suspense>
            }
          />
        </Routes>
      </main>
    </InspectContext>
  );
}
