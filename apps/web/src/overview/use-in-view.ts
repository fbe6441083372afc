import { type RefObject, useEffect, useState } from "react";
import { flushSync } from "react-dom";

/** Near enough to draw: a chart this far below the screen is drawn before it scrolls in. */
const AHEAD = "200px 0px";

/**
 * Whether the element has come near the screen (and stays true once it has). The overview draws
 * a chart only then (issue 15): eight recharts drawn at once blocked a phone's main thread for
 * two seconds, most of them for charts below the fold. Printing — the leader report's PDF
 * (print media from the start) or a browser's print — draws every chart, and so does a
 * browser without IntersectionObserver.
 */
export function useInView(ref: RefObject<Element | null>): boolean {
  const [seen, setSeen] = useState(
    () => typeof IntersectionObserver === "undefined" || matchMedia("print").matches,
  );
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    // The print snapshot is taken right after this event: draw before it.
    const print = () => flushSync(() => setSeen(true));
    addEventListener("beforeprint", print);
    return () => {
      observer.disconnect();
      removeEventListener("beforeprint", print);
    };
  }, [ref, seen]);
  return seen;
}
