import { useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../lib/trpc.ts";

/**
 * The original finding of a cancel-as-duplicate, picked from the server's search by code or
 * description (same site first) instead of a typed id; the server validates the choice again.
 */
export function DuplicateSelect(props: {
  findingId: string;
  id?: string;
  value?: string;
  onChange?: (v: string | undefined) => void;
}) {
  const { findingId, ...control } = props;
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const candidates = useQuery({
    ...trpc.tasks.duplicateCandidates.queryOptions({ findingId, text }),
    placeholderData: (previous) => previous,
    enabled: findingId !== "",
  });
  const options = (candidates.data ?? []).map((c) => ({
    value: c.findingId,
    label: t(c.sameSite ? "taskDetail.duplicate.sameSite" : "taskDetail.duplicate.elsewhere", {
      code: c.code,
      description: c.description,
      site: c.siteName,
      status: t(`status.${c.status}`),
    }),
  }));
  return (
    <Select
      {...control}
      allowClear
      placeholder={t("taskDetail.duplicate.placeholder")}
      loading={candidates.isFetching}
      showSearch={{ filterOption: false, onSearch: setText }}
      notFoundContent={candidates.isPending ? null : t("taskDetail.duplicate.none")}
      options={options}
      data-testid="duplicate-select"
    />
  );
}
