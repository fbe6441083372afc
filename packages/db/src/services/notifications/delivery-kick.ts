/**
 * Wakes the deliveries worker soon after notifications are recorded. Only a nudge: the
 * delivery rows are the durable state, and the scheduled deliveries job drains whatever a
 * missed nudge left (a kick sent before the transaction commits finds nothing and is harmless).
 */
let kick: (() => void) | null = null;
let timer: NodeJS.Timeout | null = null;

export function setDeliveryKick(fn: (() => void) | null): void {
  kick = fn;
}

export function kickDeliveries(delayMs = 200): void {
  if (!kick || timer) return;
  timer = setTimeout(() => {
    timer = null;
    kick?.();
  }, delayMs);
  timer.unref();
}
