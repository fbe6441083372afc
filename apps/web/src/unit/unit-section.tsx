import type { TaskListItem } from "@cw/domain";
import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import { LoadError, Loading } from "../components/query-states.tsx";
import { EmptyNote } from "../task-detail/empty-note.tsx";
import { UnitTaskCard } from "./unit-task-card.tsx";

/** A titled group of task cards with its own loading, empty and error states. */
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
      <Typography.Title level={2} id={`unit-${id}`} className="unit-h">
        {t("format.withNote", { text: title, note: pending ? "…" : rows.length })}
      </Typography.Title>
      {error ? (
        <LoadError compact error={error} onRetry={onRetry} />
      ) : pending ? (
        <Loading rows={2} />
      ) : rows.length === 0 ? (
        <EmptyNote text={emptyText} />
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
