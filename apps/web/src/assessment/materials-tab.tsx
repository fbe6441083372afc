import { useQuery } from "@tanstack/react-query";
import { Switch, Table, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadError, Loading, NoData } from "../components/query-states.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDate } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";
import type { Requirement } from "./api-types.ts";
import { MaterialActions } from "./material-actions.tsx";

export const MATERIAL_STATUS_COLORS: Record<Requirement["status"], string> = {
  not_started: "default",
  drafted: "#175cd3",
  submitted: "#b54708",
  returned: "#b42318",
  approved: "#067647",
};

/** Materials review (材料审核): each requirement's state, due date and the actions open to me. */
export function MaterialsTab({ systemId }: { systemId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const list = useQuery(
    trpc.materials.list.queryOptions({
      systemId,
      limit: 200,
      ...(overdueOnly ? { overdue: true } : {}),
    }),
  );
  return (
    <section aria-labelledby="materials-title">
      <h2 id="materials-title">{t("assessment.materialsTitle")}</h2>
      <div style={{ display: "flex", gap: 8, marginBottom: 12 }}>
        <Switch id="materials-overdue" checked={overdueOnly} onChange={setOverdueOnly} />
        <label htmlFor="materials-overdue">{t("assessment.overdueOnly")}</label>
      </div>
      {list.isPending && <Loading rows={6} />}
      {list.isError && <LoadError compact error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <NoData description={t("assessment.noMaterials")} />
      )}
      {list.data && list.data.items.length > 0 && (
        <Table<Requirement>
          size="small"
          rowKey="id"
          dataSource={list.data.items}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          expandable={{ expandedRowRender: (r) => <MaterialActions requirementId={r.id} /> }}
          columns={[
            { title: t("assessment.standard"), dataIndex: "standardCode", width: 100 },
            { title: t("assessment.material"), dataIndex: "title" },
            {
              title: t("assessment.unit"),
              dataIndex: "unitName",
              render: (v: string | null) => v ?? "—",
            },
            {
              title: t("assessment.status"),
              dataIndex: "status",
              render: (s: Requirement["status"]) => (
                <Tag color={MATERIAL_STATUS_COLORS[s]}>{t(`assessment.materialStatus.${s}`)}</Tag>
              ),
            },
            {
              title: t("assessment.dueDate"),
              key: "due",
              render: (_, r) => (
                <span>
                  {r.dueDate ? formatDate(r.dueDate, language) : "—"}
                  {r.overdue && (
                    <Tag color="#b42318" style={{ marginLeft: 6 }}>
                      {t("assessment.overdue")}
                    </Tag>
                  )}
                </span>
              ),
            },
            { title: t("assessment.files"), dataIndex: "fileCount", align: "right", width: 70 },
          ]}
        />
      )}
    </section>
  );
}
