import { useQuery } from "@tanstack/react-query";
import { Select, Space } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { LoadError, Loading, NoData } from "../components/query-states.tsx";
import { useTRPC } from "../lib/trpc.ts";
import { MapLegend } from "./map-legend.tsx";
import { SiteMapSvg } from "./site-map-svg.tsx";

/** The site map: every site coloured by its worst open item, filtered by unit and site type. */
export default function MapPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const unitId = params.get("unitId") ?? undefined;
  const siteTypeId = params.get("siteTypeId") ?? undefined;
  // The server filters and colours; the options come from every site so none disappears.
  const all = useQuery(trpc.sites.map.queryOptions({}));
  const shown = useQuery(
    trpc.sites.map.queryOptions({
      ...(unitId ? { unitId } : {}),
      ...(siteTypeId ? { siteTypeId } : {}),
    }),
  );
  const options = (key: "unit" | "siteType") => {
    const seen = new Map<string, string>();
    for (const s of all.data ?? [])
      seen.set(
        key === "unit" ? s.unitId : s.siteTypeId,
        key === "unit" ? s.unitName : s.siteTypeName,
      );
    return [...seen].map(([value, label]) => ({ value, label }));
  };
  const set = (key: string, value: string | undefined) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      value ? next.set(key, value) : next.delete(key);
      return next;
    });
  const sites = shown.data ?? [];
  const counts = { red: 0, yellow: 0, blue: 0, none: 0 };
  for (const s of sites) counts[s.worst ?? "none"]++;

  return (
    <main className="page">
      <header className="page-header">
        <h1>{t("map.title")}</h1>
        <p className="muted">{t("map.hint")}</p>
      </header>
      <Space wrap style={{ marginBottom: 12 }}>
        <label htmlFor="map-unit">{t("map.unit")}</label>
        <Select
          id="map-unit"
          style={{ minWidth: 220 }}
          value={unitId ?? ""}
          onChange={(v: string) => set("unitId", v || undefined)}
          options={[{ value: "", label: t("common.all") }, ...options("unit")]}
        />
        <label htmlFor="map-siteType">{t("map.siteType")}</label>
        <Select
          id="map-siteType"
          style={{ minWidth: 200 }}
          value={siteTypeId ?? ""}
          onChange={(v: string) => set("siteTypeId", v || undefined)}
          options={[{ value: "", label: t("common.all") }, ...options("siteType")]}
        />
      </Space>
      <MapLegend counts={counts} />
      {shown.isPending && <Loading rows={8} />}
      {shown.isError && <LoadError error={shown.error} onRetry={() => void shown.refetch()} />}
      {shown.data && sites.length === 0 && <NoData description={t("map.noSites")} />}
      {sites.length > 0 && <SiteMapSvg sites={sites} />}
    </main>
  );
}
