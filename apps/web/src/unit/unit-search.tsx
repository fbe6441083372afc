import type { TaskSearchParamKey } from "@cw/domain";
import { type RefObject, Suspense, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { lazyWithAntd } from "../app/lazy-with-antd.tsx";
import { PlainButton } from "../components/plain-controls.tsx";
import { searchBeyond } from "./search-beyond.ts";

const loadBar = () => import("../tasks/task-search-bar.tsx");
const TaskSearchBar = lazyWithAntd(() => loadBar().then((m) => m.TaskSearchBar));

/**
 * The task search on the unit view: a plain button until the officer taps it, then the full
 * bar (TaskSearchBar: antd's Input and Selects, their styles, the domain's lists), which was
 * a third of the screen's first render on a phone (issue 15). A URL that already searches (a
 * drill-down link) opens the bar at once, so the officer sees what narrows the lists.
 */
export function UnitSearch({
  params,
  unitId,
  owned,
  onChange,
}: {
  params: URLSearchParams;
  unitId: string;
  owned: readonly TaskSearchParamKey[];
  onChange: (next: URLSearchParams) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => searchBeyond(params, owned));
  const [tapped, setTapped] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const entry = (
    <PlainButton
      className="unit-search-open"
      aria-expanded={open}
      onClick={() => {
        setOpen(true);
        setTapped(true);
      }}
      data-testid="unit-search-open"
    >
      {t("unit.search")}
    </PlainButton>
  );
  if (!open) return entry;
  return (
    <div ref={box}>
      <Suspense fallback={entry}>
        <TaskSearchBar params={params} unitId={unitId} owned={owned} onChange={onChange} />
        {tapped && <FocusFirstField box={box} />}
      </Suspense>
    </div>
  );
}

/** The tap's focus goes on to the search field once the bar is there, not to the page's start. */
function FocusFirstField({ box }: { box: RefObject<HTMLDivElement | null> }) {
  useEffect(() => box.current?.querySelector("input")?.focus(), [box]);
  return null;
}
