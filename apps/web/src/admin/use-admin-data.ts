import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../lib/trpc.ts";

/** After a change, every list under these routers is read again (filters included). */
export function useRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (
    ...routers: ("users" | "units" | "grids" | "sites" | "siteTypes" | "categories" | "calendar")[]
  ) =>
    Promise.all(routers.map((r) => queryClient.invalidateQueries({ queryKey: trpc[r].pathKey() })));
}

/** Units, site types and grids as select options; lists pick from them and show their names. */
export function useRefOptions() {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const units = useQuery(trpc.units.list.queryOptions({}));
  const siteTypes = useQuery(trpc.siteTypes.list.queryOptions({}));
  const grids = useQuery(trpc.grids.list.queryOptions({}));
  // A unit's or grid's code is what people quote (ZF-01); a site type's is an internal key
  // (coach_station), so site types show their name alone.
  const toOptions = (
    rows: { id: string; name: string; code: string; active?: boolean }[] = [],
    withCode = true,
  ) =>
    rows.map((r) => ({
      value: r.id,
      label: withCode ? t("format.withNote", { text: r.name, note: r.code }) : r.name,
      disabled: r.active === false,
    }));
  return {
    units: toOptions(units.data),
    siteTypes: toOptions(siteTypes.data, false),
    grids: toOptions(grids.data),
    loading: units.isPending || siteTypes.isPending || grids.isPending,
  };
}
