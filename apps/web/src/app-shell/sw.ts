/// <reference lib="webworker" />
// The phone's service worker (decision 0024), built by vite-plugin-pwa (injectManifest) into
// dist/sw.js. It makes the inspector's and the unit officer's screens open without signal:
// the app shell and those screens' chunks are precached at install, every screen's address
// is answered with the cached index.html, and the few reads those screens start with are
// kept from the last time they were answered. Entries recorded offline are not its business:
// they wait in the phone's own queue (src/offline) and are sent by the page.

import { SERVER_PATHS } from "@cw/domain/server-paths";
import { CacheableResponsePlugin } from "workbox-cacheable-response";
import { clientsClaim } from "workbox-core";
import { ExpirationPlugin } from "workbox-expiration";
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { NetworkFirst } from "workbox-strategies";
import { OFFLINE_READS, PHONE_READS_CACHE, trpcProcedures } from "./offline-reads.ts";

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
// seconds, otherwise as last answered. Only whole batches of such reads are kept.
registerRoute(
  ({ url, request }) =>
    request.method === "GET" &&
    url.origin === self.location.origin &&
    trpcProcedures(url.pathname)?.every((p) => OFFLINE_READS.has(p)) === true,
  new NetworkFirst({
    cacheName: PHONE_READS_CACHE,
    networkTimeoutSeconds: 6,
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 80, maxAgeSeconds: 7 * 24 * 3600 }),
    ],
  }),
);

// Signing in or out forgets what the last user read, so a shared phone never shows it.
registerRoute(
  ({ url }) => /^\/trpc\/auth\.(login|logout)(,|$)/.test(url.pathname),
  async ({ request }) => {
    await caches.delete(PHONE_READS_CACHE);
    return fetch(request);
  },
  "POST",
);
