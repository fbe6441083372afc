import { useQuery } from "@tanstack/react-query";
import { Alert, Button } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useTRPC } from "../lib/trpc.ts";

/**
 * On the inspector's first screen: how many fixes await their verification, one tap from the
 * queue (/verify). Shows nothing while loading, offline or when none wait.
 */
export function VerifyBanner() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queue = useQuery(trpc.tasks.verificationQueue.queryOptions({ limit: 100 }));
  const count = queue.data?.items.length ?? 0;
  if (count === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      className="inspect-notice"
      data-testid="verify-banner"
      title={t("verify.banner", { count })}
      action={
        <Button size="small" type="primary" onClick={() => navigate("/verify")}>
          {t("verify.open")}
        </Button>
      }
    />
  );
}
