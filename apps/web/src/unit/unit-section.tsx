import type { TaskListItem } from "@cw/domain";
import { useTranslation } from "react-i18next";
import { LoadError, Loading, NoData } from "../components/query-states.tsx";
import { UnitTaskCard } from "./unit-task-card.tsx";

/**
 * A titled group of task cards with its own loading, empty and error states. Plain markup
 * (the loading placeholder is the boot's CSS skeleton, the title an h2 drawn as antd's): the
 * officer's first screen computes no antd styles (issue 15).
 */
export function UnitSection({
  id,
  title,
  emptyText,
  rows,
  pending,
  error,
  onRetry,
  onOpen,
}: {
  id: string;
  title: string;
  emptyText: string;
  rows: TaskListItem[];
  pending: boolean;
  error: unknown;
  onRetry: () => void;
  onOpen: (task: TaskListItem) => void;
}) {
  const { t } = useTranslation();
  return (
    <section
      aria-labelledby={`unit-${id}`}
      data-testid={`unit-section-${id}`}
      className="unit-section"
    >
      <h2 id={`unit-${id}`} className="unit-h">
        {t("format.withNote", { text: title, note: pending ? "…" : rows.length })}
      </h2>
      {error ? (
        <LoadError compact error={error} onRetry={onRetry} />
      ) : pending ? (
        <Loading rows={2} />
      ) : rows.length === 0 ? (
        <NoData description={emptyText} />
      ) : (
        <div className="unit-grid">
          {rows.map((task) => (
            <UnitTaskCard key={task.findingId} task={task} onOpen={() => onOpen(task)} />
          ))}
        </div>
      )}
    </section>
  );
}
