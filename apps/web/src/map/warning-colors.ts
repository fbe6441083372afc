import type { SiteMapPoint } from "@cw/domain";

type Worst = SiteMapPoint["worst"];

/** The campaign's warning colours (red overdue, yellow behind, blue due soon), green for none. */
export const WARNING_COLORS: Record<NonNullable<Worst> | "none", string> = {
  red: "#d4380d",
  yellow: "#d4a20d",
  blue: "#2f6fde",
  none: "#389e0d",
};

export const LEGEND_ORDER = ["red", "yellow", "blue", "none"] as const;

export const colorOf = (worst: Worst) => WARNING_COLORS[worst ?? "none"];

/**
 * The task list a site opens: exactly what its marker counts (`open`, the open tasks there).
 * Narrowing it to the worst colour made a marker saying 4 open list only its 2 red ones.
 */
export function siteTasksHref(site: Pick<SiteMapPoint, "id">): string {
  return `/tasks?${new URLSearchParams({ siteId: site.id, open: "true" })}`;
}
