import type { OverviewFilters } from "@cw/domain";
import { useSearchParams } from "react-router";
import { looksLikeDate, looksLikeId } from "../lib/beijing-date.ts";

const CHECKS = {
  from: looksLikeDate,
  to: looksLikeDate,
  unitId: looksLikeId,
  gridId: looksLikeId,
  siteTypeId: looksLikeId,
} satisfies Record<keyof OverviewFilters, (value: string) => boolean>;

/**
 * The overview's filters live in the URL (?from=…&unitId=…) so a view can be bookmarked and
 * shared. A param of the wrong shape (a hand-edited link) is ignored rather than an error;
 * the API validates what is left with its zod schema.
 */
export function useOverviewFilters(): [OverviewFilters, (patch: Partial<OverviewFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = overviewFiltersFrom(params);

  const update = (patch: Partial<OverviewFilters>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };
  return [filters, update];
}

/** The filters in a URL's query (also read before the app renders, to prefetch). */
export function overviewFiltersFrom(params: URLSearchParams): OverviewFilters {
  const filters: OverviewFilters = {};
  for (const [key, check] of Object.entries(CHECKS) as [
    keyof OverviewFilters,
    typeof looksLikeDate,
  ][]) {
    const value = params.get(key);
    if (value && check(value)) filters[key] = value;
  }
  if (filters.from && filters.to && filters.from > filters.to) delete filters.to;
  return filters;
}
