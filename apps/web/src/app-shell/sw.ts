/// <reference lib="webworker" />
// The phone's service worker (decision 0024), built by vite-plugin-pwa (injectManifest) into
// dist/sw.js. It makes the inspector's and the unit officer's screens open without signal:
// the app shell and those screens' chunks are precached at install, every screen's address
// is answered with the cached index.html, and the few reads those screens start with are
// kept from the last time they were answered. Entries recorded offline are not its business:
// they wait in the phone's own queue (src/offline) and are sent by the page.

import { SERVER_PATHS } from "@cw/domain/server-paths";
import { clientsClaim } from "workbox-core";
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { type BatchPart, batchParts, OFFLINE_ANSWER, PHONE_READS_CACHE } from "./offline-reads.ts";

// How long a read waits for the network before the phone shows what it last read.
const NETWORK_WAIT_MS = 6000;

declare const self: ServiceWorkerGlobalScope;

// A new build takes over at once: its precache already holds every file its pages load.
void self.skipWaiting();
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Any screen's address opens the app (client-side routes); the server's own routes never do.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL("/index.html"), { denylist: [SERVER_PATHS] }),
);

// The reads the phone screens start with, from the network when it answers within a few
// seconds, otherwise as last answered (each query's answer kept on its own).
registerRoute(
  ({ url, request }) =>
    request.method === "GET" && url.origin === self.location.origin && !!batchParts(url),
  async ({ request, url }) => {
    const parts = batchParts(url) ?? [];
    const cache = await caches.open(PHONE_READS_CACHE);
    try {
      const response = await fetch(request, { signal: AbortSignal.timeout(NETWORK_WAIT_MS) });
      // A reply that cannot be kept is still the answer.
      if (response.ok) await keepAnswers(cache, parts, response.clone()).catch(() => undefined);
      return response;
    } catch {
      const kept = await Promise.all(
        parts.map(async (part) => (part.key ? (await cache.match(part.key))?.json() : undefined)),
      );
      if (kept.every((answer) => answer === undefined)) return Response.error();
      const all = kept.every((answer) => answer !== undefined);
      return Response.json(
        kept.map((answer) => answer ?? OFFLINE_ANSWER),
        { status: all ? 200 : 207 },
      );
    }
  },
);

/** Keeps each offline read's successful answer under its own key (errors are not kept). */
async function keepAnswers(cache: Cache, parts: BatchPart[], response: Response): Promise<void> {
  const answers = (await response.json()) as { result?: unknown }[];
  await Promise.all(
    answers.map((answer, i) => {
      const key = parts[i]?.key;
      return key && answer.result ? cache.put(key, Response.json(answer)) : undefined;
    }),
  );
}

// Signing in or out forgets what the last user read, so a shared phone never shows it.
registerRoute(
  ({ url }) => /^\/trpc\/auth\.(login|logout)(,|$)/.test(url.pathname),
  async ({ request }) => {
    await caches.delete(PHONE_READS_CACHE);
    return fetch(request);
  },
  "POST",
);
