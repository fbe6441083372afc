import type { UseQueryResult } from "@tanstack/react-query";
import { type ReactNode, useId, useRef } from "react";
import { LoadError, Loading, NoData } from "../components/query-states.tsx";
import { useInView } from "./use-in-view.ts";

/**
 * A titled panel for one chart, with its own loading, error (and retry) and empty states.
 * A plain section rather than antd's Card, which brings its tabs along into the first load.
 * The chart itself is drawn when the panel comes near the screen (use-in-view.ts); until then
 * it shows the loading placeholder of the same size.
 */
export function ChartCard<T>({
  title,
  query,
  isEmpty,
  emptyText,
  extra,
  children,
}: {
  title: string;
  query: UseQueryResult<T, unknown>;
  isEmpty: (data: T) => boolean;
  emptyText?: string;
  extra?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const id = useId();
  const panel = useRef<HTMLElement>(null);
  const inView = useInView(panel);
  let body: ReactNode;
  if (query.isPending || (!inView && !query.isError)) body = <Loading rows={5} />;
  else if (query.isError)
    body = <LoadError compact error={query.error} onRetry={() => void query.refetch()} />;
  else if (isEmpty(query.data))
    body = <NoData {...(emptyText ? { description: emptyText } : {})} />;
  else body = children(query.data);
  return (
    <section ref={panel} className="card chart-card" aria-labelledby={id}>
      <header className="card-header">
        <h2 id={id}>{title}</h2>
        {extra && <span className="card-extra">{extra}</span>}
      </header>
      {body}
    </section>
  );
}
