import { useQuery } from "@tanstack/react-query";
import { Select, Space, Tabs, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { LoadError, Loading, NoData } from "../components/query-states.tsx";
import { useTRPC } from "../lib/trpc.ts";
import { LosingList } from "./losing-list.tsx";
import { MaterialsTab } from "./materials-tab.tsx";
import { ScoreTree } from "./score-tree.tsx";
import { SurveysTab } from "./surveys-tab.tsx";
import { TreeFileButtons } from "./tree-file-buttons.tsx";

const TABS = ["tree", "materials", "surveys"] as const;
const EDITORS = new Set(["admin", "coordinator"]);

/** The assessment systems: points lost per branch, where the most are lost, materials, surveys. */
export default function AssessmentPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const systems = useQuery(trpc.assessmentSystems.list.queryOptions());
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { retry: false }));
  const active = systems.data?.filter((s) => s.active) ?? [];
  const system = active.find((s) => s.id === params.get("systemId")) ?? active[0];
  const tab = TABS.find((k) => k === params.get("tab")) ?? "tree";
  // Each choice lives in the URL, so a view can be bookmarked and shared.
  const update = (changes: Record<string, string | null>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(changes))
        value === null ? next.delete(key) : next.set(key, value);
      return next;
    });

  return (
    <main className="page">
      <header className="page-header">
        <h1>{t("assessment.title")}</h1>
        <p className="muted">{t("assessment.intro")}</p>
      </header>
      {systems.isPending && <Loading />}
      {systems.isError && (
        <LoadError error={systems.error} onRetry={() => void systems.refetch()} />
      )}
      {systems.data && !system && <NoData description={t("assessment.noSystems")} />}
      {system && (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <label htmlFor="assessment-system">{t("assessment.system")}</label>
            <Select
              id="assessment-system"
              aria-label={t("assessment.system")}
              style={{ minWidth: 320 }}
              value={system.id}
              onChange={(id) => update({ systemId: id, nodeId: null })}
              options={active.map((s) => ({
                value: s.id,
                label: s.isSample ? `${s.name} · ${t("scores.sample")}` : s.name,
              }))}
            />
            {system.isSample && <Tag color="#b54708">{t("assessment.sampleNote")}</Tag>}
            {me.data && EDITORS.has(me.data.role) && <TreeFileButtons system={system} />}
          </Space>
          <Tabs
            activeKey={tab}
            onChange={(key) => update({ tab: key })}
            items={[
              {
                key: "tree",
                label: t("assessment.tabTree"),
                // The tree and where it loses most side by side: the two questions go together.
                children: (
                  <div className="assessment-scores">
                    <ScoreTree systemId={system.id} focusNodeId={params.get("nodeId")} />
                    <LosingList systemId={system.id} />
                  </div>
                ),
              },
              {
                key: "materials",
                label: t("assessment.tabMaterials"),
                children: <MaterialsTab systemId={system.id} />,
              },
              {
                key: "surveys",
                label: t("assessment.tabSurveys"),
                children: <SurveysTab systemId={system.id} />,
              },
            ]}
          />
        </>
      )}
    </main>
  );
}
