import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { PlainAlert, PlainButton } from "../components/plain-controls.tsx";
import { useTRPC } from "../lib/trpc.ts";

/**
 * On the inspector's first screen: how many fixes await their verification, one tap from the
 * queue (/verify). Shows nothing while loading, offline or when none wait. Plain markup, as
 * the rest of the first screen (site-chooser.tsx).
 */
export function VerifyBanner() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queue = useQuery(trpc.tasks.verificationQueue.queryOptions({ limit: 100 }));
  const count = queue.data?.items.length ?? 0;
  if (count === 0) return null;
  return (
    <PlainAlert
      kind="info"
      role="status"
      className="inspect-notice"
      data-testid="verify-banner"
      title={t("verify.banner", { count })}
      action={
        <PlainButton small kind="primary" onClick={() => navigate("/verify")}>
          {t("verify.open")}
        </PlainButton>
      }
    />
  );
}
