const KEY = "cw.report.device";

/**
 * The phone's own random id for the per-device limit (decision 0026): made once and kept in
 * localStorage; it names no one. Without storage (private mode) a new one per page load.
 */
export function deviceId(): string {
  try {
    const known = localStorage.getItem(KEY);
    if (known && /^[A-Za-z0-9_-]{16,64}$/.test(known)) return known;
    const made = randomId();
    localStorage.setItem(KEY, made);
    return made;
  } catch {
    return randomId();
  }
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}
