import { useQuery } from "@tanstack/react-query";
import { Form, Select } from "antd";
import { useTRPC } from "../lib/trpc.ts";

/** The site contact's account, among the active users of the site's responsible unit. */
export function SiteContactUserSelect(props: {
  id?: string;
  value?: string | null;
  onChange?: (v: string | null) => void;
}) {
  const trpc = useTRPC();
  const form = Form.useFormInstance();
  const unitId = Form.useWatch("responsibleUnitId", form) as string | undefined;
  const users = useQuery({
    ...trpc.users.list.queryOptions({ unitId: unitId ?? "", active: true, limit: 200 }),
    enabled: !!unitId,
  });
  return (
    <Select
      id={props.id}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? null)}
      allowClear
      disabled={!unitId}
      showSearch={{ optionFilterProp: "label" }}
      loading={!!unitId && users.isPending}
      options={users.data?.items.map((u) => ({ value: u.id, label: u.displayName }))}
    />
  );
}
