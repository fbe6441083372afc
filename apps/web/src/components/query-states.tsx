import { Alert, Button, Empty, Skeleton } from "antd";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../lib/api-error.ts";

/** Placeholder while data loads: the shape of what is coming, not a spinner in a void. */
export function Loading({ rows = 4 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-label={t("common.loading")}>
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}

export function NoData({ description }: { description?: string }) {
  const { t } = useTranslation();
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description ?? t("common.empty")} />
  );
}

/**
 * A failed load the user can act on: the server's message (already in their language) and a
 * retry. `compact` fits inside a chart's panel; otherwise it stands in for the page.
 */
export function LoadError({
  error,
  onRetry,
  compact = false,
}: {
  error: unknown;
  onRetry: () => void;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className={compact ? undefined : "page"}>
      <Alert
        type="error"
        showIcon
        title={t("common.loadFailed")}
        description={errorMessage(error)}
        action={
          <Button size={compact ? "small" : "middle"} onClick={onRetry}>
            {t("common.retry")}
          </Button>
        }
      />
    </div>
  );
}
