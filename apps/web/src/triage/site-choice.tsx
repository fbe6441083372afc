import { useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../lib/trpc.ts";

/**
 * The site a report becomes a finding at, when the coordinator chooses it (a hotline report
 * with only an address; or another site than the report's): the sites' own search.
 */
export function SiteChoice({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (siteId: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const id = useId();
  const sites = useQuery(
    trpc.sites.list.queryOptions({ active: true, limit: 20, ...(text ? { text } : {}) }),
  );
  return (
    <span className="triage-site">
      <label htmlFor={id}>{t("triage.chooseSite")}</label>
      <Select
        id={id}
        showSearch
        allowClear
        value={value}
        onChange={(v) => onChange(v)}
        onSearch={setText}
        filterOption={false}
        loading={sites.isFetching}
        style={{ minWidth: 240 }}
        options={(sites.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
        data-testid="triage-site"
      />
    </span>
  );
}
