import type { CurrentUser } from "@cw/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useNavigate } from "react-router";
import { LanguageSwitch } from "../components/language-switch.tsx";
import { PlainButton } from "../components/plain-controls.tsx";
import { useTRPC } from "../lib/trpc.ts";
import { NotificationBell } from "../notifications/notification-bell.tsx";
import { navFor } from "./nav.ts";

/**
 * Top bar (product, the role's screens, user, language, sign out) over the screen. The
 * navigation is a plain list of links (a role has one to three screens), not antd's Menu,
 * which would add its overflow and popup machinery to every first load; antd's Layout adds
 * nothing a header and CSS do not.
 */
export function AppLayout({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: async () => {
        // The next person to sign in on this browser starts from their own home page.
        // Resetting drops every cached answer and refetches "me", which shows the sign-in form.
        await navigate("/", { replace: true });
        await queryClient.resetQueries();
      },
    }),
  );

  return (
    <div className="app-layout">
      <header className="topbar">
        <Link to="/" className="brand">
          {t("app.title")}
        </Link>
        <nav aria-label={t("app.mainNav")} className="topbar-nav">
          <ul>
            {navFor(user.role).map((s) => (
              <li key={s.path}>
                <NavLink to={s.path}>{t(s.titleKey)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <NotificationBell />
        <span className="topbar-user" data-testid="current-user">
          {user.displayName} · {t(`role.${user.role}`)}
        </span>
        <LanguageSwitch />
        {/* Plain markup drawn as antd's small button, like the language switch: the top bar is
            on every first screen, and on a phone's (/unit) it was the one antd Button,
            computing antd's button styles before the screen could draw (issue 15). */}
        <PlainButton small onClick={() => logout.mutate()} loading={logout.isPending}>
          {t("app.signOut")}
        </PlainButton>
      </header>
      <Outlet />
    </div>
  );
}
