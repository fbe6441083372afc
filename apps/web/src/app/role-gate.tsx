import type { Role } from "@cw/domain";
import { type ReactNode, Suspense } from "react";
import { lazyWithAntd } from "./lazy-with-antd.tsx";
import type { Screen } from "./nav.ts";

const ForbiddenPage = lazyWithAntd(() => import("./status-pages.tsx").then((m) => m.ForbiddenPage));
const NotFoundPage = lazyWithAntd(() => import("./status-pages.tsx").then((m) => m.NotFoundPage));

/** The page for roles that may open it; a clear "not for your role" otherwise. */
export function RoleGate({
  role,
  screen,
  children,
}: {
  role: Role;
  screen: Screen;
  children: ReactNode;
}) {
  if (screen.roles.includes(role)) return children;
  return (
    <Suspense fallback={null}>
      <ForbiddenPage />
    </Suspense>
  );
}

export function NotFound() {
  return (
    <Suspense fallback={null}>
      <NotFoundPage />
    </Suspense>
  );
}
