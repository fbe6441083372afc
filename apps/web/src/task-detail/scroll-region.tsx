import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways on a narrow screen. It is a focusable, named region so
 * keyboard users can scroll it too (axe: scrollable-region-focusable); antd's own `scroll.x`
 * would scroll an unfocusable inner div instead.
 */
export function ScrollRegion({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to be scrolled by keyboard.
    <section className="scroll-region" tabIndex={0} aria-label={label}>
      <div style={{ minWidth }}>{children}</div>
    </section>
  );
}
