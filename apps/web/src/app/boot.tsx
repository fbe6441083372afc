import type { CurrentUser } from "@cw/domain";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";

// What both the first load (app.tsx) and the signed-in app (api-root.tsx) show: the
// placeholder, and the sign-in form (signed out at first, or after signing out).

const LoginPage = lazy(() => import("../auth/login-page.tsx"));

/**
 * Placeholder while the first answer or a part's code arrives: antd's skeleton, drawn in CSS.
 * On a screen's address it stands under the top bar's product name, as the screen will: the
 * phone shows the app at once, not a blank page, while the screen's code arrives.
 */
export function BootLoading() {
  const { t } = useTranslation();
  return (
    <>
      {location.pathname !== "/" && (
        <header className="topbar">
          <span className="brand">{t("app.title")}</span>
        </header>
      )}
      <main className="page">
        <LoadingSkeleton />
      </main>
    </>
  );
}

/**
 * antd's Skeleton (a title and `rows` lines) in CSS (styles.css): the first paint's, and every
 * screen's while its data loads (query-states.tsx).
 */
export function LoadingSkeleton({ rows = 3 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div className="boot-loading" role="status" aria-label={t("common.loading")}>
      {Array.from({ length: rows + 1 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical bars, never reordered.
        <span key={i} />
      ))}
    </div>
  );
}

/** The sign-in form; `onSignedIn` gets the user the server signed in. */
export function SignIn({ onSignedIn }: { onSignedIn: (user: CurrentUser) => void }) {
  return (
    <Suspense fallback={<BootLoading />}>
      <LoginPage onSignedIn={onSignedIn} />
    </Suspense>
  );
}
