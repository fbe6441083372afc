/**
 * Installs the phone's service worker (src/app-shell/sw.ts) from the phone screens, once
 * they have loaded: it is in no first-load chunk (the overview's budget) and the leader's
 * desktop never needs it. Built apps only: the dev server has no sw.js.
 */
export function registerAppShell(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  // A refusal (a private window, a browser setting) leaves the screens working online.
  navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
}
