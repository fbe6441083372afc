import type { Role } from "@cw/domain";
import { lazy, type ReactNode, Suspense } from "react";
import type { Screen } from "./nav.ts";

const ForbiddenPage = lazy(() =>
  import("./status-pages.tsx").then((m) => ({ default: m.ForbiddenPage })),
);
const NotFoundPage = lazy(() =>
  import("./status-pages.tsx").then((m) => ({ default: m.NotFoundPage })),
);

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
