/**
 * The paths the server answers itself (the API, the file routes, Open311, the health check):
 * never a screen of the web app, so neither the static file server's fallback nor the phone's
 * service worker ever answers them with index.html. Its own entry point (`@cw/domain/server-paths`)
 * so the service worker takes this line and nothing else of the domain.
 */
export const SERVER_PATHS = /^\/(trpc|api|open311|healthz)(\/|$)/;
