import { useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PlainAlert, PlainButton } from "../components/plain-controls.tsx";
import { LoadError, Loading, NoData } from "../components/query-states.tsx";
import { useTRPC } from "../lib/trpc.ts";
import { useInspect } from "./inspect-context.ts";
import { SITE_PAGE } from "./inspect-prefetch.ts";
import { LocationStatus } from "./location-status.tsx";
import { byDistance } from "./site-distance.ts";

/**
 * Step one: the site the inspector stands at, nearest first, or found by name. Plain markup
 * (plain-controls.tsx): on a slowed phone antd's style computation for the first components
 * drawn was most of this screen's first render (issue 15).
 */
export function SiteChooser() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { position } = useInspect();
  const [draft, setDraft] = useState("");
  const [text, setText] = useState("");
  const sites = useQuery(
    trpc.sites.list.queryOptions({ active: true, text: text || undefined, limit: SITE_PAGE }),
  );
  const sorted = useMemo(
    () => byDistance(sites.data?.items ?? [], position.coords),
    [sites.data, position.coords],
  );
  const search = (event: FormEvent) => {
    event.preventDefault();
    setText(draft.trim());
  };

  return (
    <section aria-labelledby="inspect-choose-site">
      <h2 id="inspect-choose-site">{t("inspect.chooseSite")}</h2>
      <search>
        <form className="inspect-search" onSubmit={search}>
          <label htmlFor="inspect-site-search" className="inspect-label">
            {t("inspect.searchLabel")}
          </label>
          <div className="inspect-search-row">
            <input
              id="inspect-site-search"
              className="plain-input plain-input-large"
              type="search"
              value={draft}
              placeholder={t("inspect.searchPlaceholder")}
              onChange={(e) => setDraft(e.target.value)}
            />
            <PlainButton large kind="primary" type="submit">
              {t("inspect.search")}
            </PlainButton>
          </div>
        </form>
      </search>
      <LocationStatus />
      {sites.isPending && sites.fetchStatus === "paused" ? (
        <PlainAlert kind="warning" role="status" title={t("inspect.sitesOffline")} />
      ) : sites.isPending ? (
        <Loading />
      ) : sites.isError ? (
        <LoadError error={sites.error} onRetry={() => void sites.refetch()} compact />
      ) : sorted.length === 0 ? (
        <NoData description={text ? t("inspect.noSitesMatch", { text }) : t("inspect.noSites")} />
      ) : (
        <ul className="inspect-site-list" aria-label={t("inspect.siteList")}>
          {sorted.map((site) => (
            <li key={site.id}>
              <Link
                to={`site/${site.id}`}
                state={{ siteName: site.name }}
                className="inspect-site-link"
                data-testid="site-link"
              >
                <span className="inspect-site-name">{site.name}</span>
                <span className="inspect-site-meta">
                  {site.siteTypeName}
                  {site.distance !== undefined && ` · ${distanceText(t, site.distance)}`}
                </span>
                <span className="inspect-site-meta">{site.address}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function distanceText(t: TFunction, metres: number): string {
  return metres < 1000
    ? t("inspect.metres", { count: Math.round(metres) })
    : t("inspect.kilometres", { value: (metres / 1000).toFixed(1) });
}
