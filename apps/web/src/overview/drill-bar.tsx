import type { MouseEvent } from "react";
import { useNavigate } from "react-router";
import { type BarShapeProps, Rectangle } from "recharts";

export interface DrillTarget {
  href: string;
  /** Spoken and shown on focus: what the bar is and that it opens the list. */
  label: string;
  /** Identifies the bar for tests (a unit id, a bucket key…). */
  key: string;
  fill?: string;
}

/**
 * A recharts bar shape that is a real link (SVG <a href>): it can be reached with the
 * keyboard, opened in a new tab, and clicked to go to the filtered task list in the app.
 */
export function useDrillShape<T>(target: (payload: T) => DrillTarget) {
  const navigate = useNavigate();
  // recharts calls a function shape as a plain function (not a component), once per bar.
  const drillShape = (props: BarShapeProps) => {
    const { href, label, key, fill } = target(props.payload as T);
    const open = (event: MouseEvent) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey) return; // let the browser open a tab
      event.preventDefault();
      void navigate(href);
    };
    return (
      <a href={href} aria-label={label} onClick={open} className="drill-bar" data-key={key}>
        <title>{label}</title>
        <Rectangle
          x={props.x}
          y={props.y}
          width={props.width}
          height={props.height}
          fill={fill ?? props.fill}
          radius={2}
        />
      </a>
    );
  };
  return drillShape;
}
