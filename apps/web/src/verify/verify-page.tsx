import { useQuery } from "@tanstack/react-query";
import { Button, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Route, Routes, useNavigate } from "react-router";
import { LoadError, Loading, NoData } from "../components/query-states.tsx";
import { usePosition } from "../inspect/use-position.ts";
import { useTRPC } from "../lib/trpc.ts";
import { TaskDetailDrawer } from "../task-detail/task-detail-drawer.tsx";
import { VerifyCard } from "./verify-card.tsx";
import "../task-detail/task-detail.css";
import "../unit/unit.css";

/**
 * The verifier's queue (lazy route /verify/*): fixes awaiting verification that this person
 * may verify, as the server orders them — nearest first once the phone knows where it is —
 * as cards that fit a phone; each opens its detail at /verify/tasks/:findingId, where the
 * verifier closes, returns or marks it partly fixed.
 */
export default function VerifyPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const position = usePosition();
  const queue = useQuery({
    ...trpc.tasks.verificationQueue.queryOptions(position.coords ?? {}),
    // Without waiting for a fix the list would jump once the position arrives.
    enabled: position.status !== "locating",
  });

  return (
    <main className="page unit-page" data-testid="verify-page">
      <header className="page-header">
        <Typography.Title level={1}>{t("verify.title")}</Typography.Title>
        <Flex gap="small" align="center" wrap>
          <span className="muted" data-testid="verify-order">
            {position.coords ? t("verify.nearestFirst") : t("verify.longestFirst")}
          </span>
          {!position.coords && position.status !== "locating" && (
            <Button size="small" onClick={position.locate}>
              {t("verify.locate")}
            </Button>
          )}
        </Flex>
      </header>
      {queue.isPending ? (
        <Loading rows={4} />
      ) : queue.isError ? (
        <LoadError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <NoData description={t("verify.empty")} />
      ) : (
        <Flex vertical gap="small">
          {queue.data.items.map((task) => (
            <VerifyCard
              key={task.findingId}
              task={task}
              onOpen={() => navigate(`/verify/tasks/${task.findingId}`)}
            />
          ))}
        </Flex>
      )}
      <Routes>
        <Route
          path="tasks/:findingId"
          element={<TaskDetailDrawer onClose={() => navigate("/verify")} />}
        />
      </Routes>
    </main>
  );
}
