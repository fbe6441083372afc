import { useQuery } from "@tanstack/react-query";
import { List, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTRPC } from "../lib/trpc.ts";
import { TaskTags } from "../task-detail/task-tags.tsx";

/**
 * The site's open findings with their state (tasks.list: this site, open), so an inspector
 * on the spot sees what is still owed here and opens one awaiting verification. Offline or
 * while loading it shows nothing: the checklist below is the work.
 */
export function SiteOpenFindings({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const open = useQuery(
    trpc.tasks.list.queryOptions({ siteId, open: true, sort: "due_asc", limit: 50 }),
  );
  const items = open.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="site-open-title" data-testid="site-open-findings">
      <h3 id="site-open-title">{t("verify.siteOpen", { count: items.length })}</h3>
      <List
        size="small"
        dataSource={items}
        renderItem={(task) => (
          <List.Item key={task.findingId} data-testid="site-open-finding" data-status={task.status}>
            <div>
              <Link to={`/verify/tasks/${task.findingId}`}>
                <Typography.Text code>{task.code}</Typography.Text>
              </Link>{" "}
              <TaskTags status={task.status} warning={task.warning} countdown={task.countdown} />
              <div className="muted">{task.description}</div>
            </div>
          </List.Item>
        )}
      />
    </section>
  );
}
