import type { ButtonHTMLAttributes, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../lib/api-error.ts";
import "./plain-controls.css";

// The public pages' controls — the sign-in page (decision 0027) and the citizen's report pages
// (decision 0032) — in plain markup drawn as antd draws its Button, Input and error Alert
// under the app's theme (app/antd-provider.tsx: primary #b42318, radius 6), so those pages
// look like the rest of the app without loading the UI kit (issue 15).

/** antd's Button: `primary` or the default outline, `large` for a phone's thumb, `block` full width. */
export function PlainButton({
  kind = "default",
  large = false,
  block = false,
  loading = false,
  className,
  children,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  kind?: "primary" | "default";
  large?: boolean;
  block?: boolean;
  /** Shows the spinner and refuses clicks meanwhile. */
  loading?: boolean;
}) {
  const classes = [
    "plain-button",
    `plain-button-${kind}`,
    large && "plain-button-large",
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

/** antd's error Alert with its title (and, optionally, a line under it). */
export function PlainAlert({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="plain-alert" role="alert">
      <strong>{title}</strong>
      {children && <span>{children}</span>}
    </div>
  );
}

/** antd's Skeleton while data loads (the CSS the first paint uses, styles.css). */
export function PlainLoading() {
  const { t } = useTranslation();
  return (
    <div className="boot-loading" role="status" aria-label={t("common.loading")}>
      <span />
      <span />
      <span />
      <span />
    </div>
  );
}

/** A failed load the user can act on: the server's message and a retry (query-states.tsx's). */
export function PlainLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <PlainAlert title={t("common.loadFailed")}>
      {errorMessage(error)}{" "}
      <PlainButton onClick={onRetry} className="plain-alert-action">
        {t("common.retry")}
      </PlainButton>
    </PlainAlert>
  );
}
