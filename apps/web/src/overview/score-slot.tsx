import { lazy, Suspense, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "../components/query-states.tsx";
import { useInView } from "./use-in-view.ts";

// The score charts are their own chunk: the overview's first load is within a few KB of its
// 300 KB budget (scripts/bundle-size.mjs), and this section sits below the fold anyway.
const ScoreSection = lazy(() => import("./score-section.tsx"));

/** Projected score per system against its target, by section and item, and its history. */
export function ScoreSlot() {
  const { t } = useTranslation();
  // Its charts are drawn as it comes near the screen, like the others (chart-card.tsx).
  const slot = useRef<HTMLElement>(null);
  const inView = useInView(slot);
  return (
    <section
      ref={slot}
      className="card chart-card"
      style={{ gridColumn: "1 / -1" }}
      aria-labelledby="score-slot-title"
      data-testid="slot-projected-score"
    >
      <header className="card-header">
        <h2 id="score-slot-title">{t("overview.scoreSlot")}</h2>
      </header>
      <Suspense fallback={<Loading rows={4} />}>
        {inView ? <ScoreSection /> : <Loading rows={4} />}
      </Suspense>
    </section>
  );
}
