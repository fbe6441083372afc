import { Empty, Skeleton } from "antd";
import { lazy, Suspense } from "react";
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

const LoadErrorAlert = lazy(() => import("./load-error-alert.tsx"));

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
  const text = {
    title: t("common.loadFailed"),
    message: errorMessage(error),
    retryLabel: t("common.retry"),
  };
  return (
    <div className={compact ? undefined : "page"}>
      {/* Until the styled notice arrives, the same words and the same retry, unstyled. */}
      <Suspense
        fallback={
          <div role="alert">
            {text.title} {text.message}{" "}
            <button type="button" onClick={onRetry}>
              {text.retryLabel}
            </button>
          </div>
        }
      >
        <LoadErrorAlert {...text} compact={compact} onRetry={onRetry} />
      </Suspense>
    </div>
  );
}
