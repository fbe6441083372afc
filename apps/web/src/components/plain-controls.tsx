import type { ButtonHTMLAttributes, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LoadingSkeleton } from "../app/boot.tsx";
import { errorMessage } from "../lib/api-error.ts";
import "./plain-controls.css";

// The public pages' controls — the sign-in page (decision 0027) and the citizen's report pages
// (decision 0032) — in plain markup drawn as antd draws its Button, Input and error Alert
// under the app's theme (app/antd-provider.tsx: primary #b42318, radius 6), so those pages
// look like the rest of the app without loading the UI kit (issue 15).

/**
 * antd's Button: `primary`, the default outline or a `link`; `large` for a phone's thumb,
 * `small` inside a notice; `block` full width.
 */
export function PlainButton({
  kind = "default",
  large = false,
  small = false,
  block = false,
  loading = false,
  className,
  children,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  kind?: "primary" | "default" | "link";
  large?: boolean;
  small?: boolean;
  block?: boolean;
  /** Shows the spinner and refuses clicks meanwhile. */
  loading?: boolean;
}) {
  const classes = [
    "plain-button",
    `plain-button-${kind}`,
    large && "plain-button-large",
    small && "plain-button-small",
    block && "plain-button-block",
    className,
  ].filter(Boolean);
  return (
    <button
      type="button"
      {...rest}
      className={classes.join(" ")}
      disabled={rest.disabled || loading}
      aria-busy={loading || undefined}
    >
      {loading && <PlainSpinner />}
      {children}
    </button>
  );
}

/** antd's small Spin, in the text's colour (white on a primary button). */
export function PlainSpinner() {
  return <span className="plain-spinner" aria-hidden="true" />;
}

/** The look of antd's Alert types (its border, background and icon). */
type AlertKind = "error" | "warning" | "info";
const ALERT_ICON: Record<AlertKind, string> = { error: "×", warning: "!", info: "i" };

/**
 * antd's Alert with its icon: with `children` its large form (a title and a line under it),
 * otherwise one line with `action` (a button) at its end. `role` "alert" interrupts a screen
 * reader; "status" (a standing notice, such as offline) waits its turn.
 */
export function PlainAlert({
  kind = "error",
  title,
  children,
  action,
  role = "alert",
  className,
  ...rest
}: {
  kind?: AlertKind;
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  role?: "alert" | "status";
  className?: string;
  "data-testid"?: string;
}) {
  const classes = ["plain-alert", `plain-alert-${kind}`, children ? "plain-alert-large" : null];
  return (
    <div className={[...classes, className].filter(Boolean).join(" ")} role={role} {...rest}>
      <span className="plain-alert-icon" aria-hidden="true">
        {ALERT_ICON[kind]}
      </span>
      <div className="plain-alert-content">
        <strong>{title}</strong>
        {children && <span>{children}</span>}
      </div>
      {action && <div className="plain-alert-action">{action}</div>}
    </div>
  );
}

/** Placeholder while data loads: the shape of what is coming, not a spinner in a void. */
export function Loading({ rows = 4 }: { rows?: number }) {
  return <LoadingSkeleton rows={rows} />;
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
      <PlainAlert
        title={t("common.loadFailed")}
        action={
          <PlainButton small={compact} onClick={onRetry}>
            {t("common.retry")}
          </PlainButton>
        }
      >
        {errorMessage(error)}
      </PlainAlert>
    </div>
  );
}
