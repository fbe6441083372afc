/**
 * Installs the phone's service worker (src/app-shell/sw.ts) from the phone screens, once
 * they have loaded: it is in no first-load chunk (the overview's budget) and the leader's
 * desktop never needs it. Built apps only: the dev server has no sw.js.
 */
export function registerAppShell(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  // A refusal (a private window, a browser setting) leaves the screens working online.
  const register = () =>
    void navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
  // Installing fetches the whole precache (~2 MB): not while the screen itself is still loading
  // on a weak network (issue 15), but once the page has loaded and the main thread is idle.
  const whenIdle = () =>
    "requestIdleCallback" in window
      ? requestIdleCallback(register, { timeout: 5_000 })
      : setTimeout(register, 1_000);
  if (document.readyState === "complete") whenIdle();
  else addEventListener("load", whenIdle, { once: true });
}
