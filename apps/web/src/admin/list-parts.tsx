import { Button, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { LoadError, Loading, NoData } from "../components/query-states.tsx";

/** Loading, error and empty states around a list, then the list. */
export function ListStates({
  query,
  empty,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  empty: boolean;
  children: React.ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError)
    return <LoadError error={query.error} onRetry={() => void query.refetch()} compact />;
  if (empty) return <NoData />;
  return children;
}

/** Cursor paging: one more page per click, so long lists never load all at once. */
export function LoadMore({
  hasMore,
  loading,
  onClick,
}: {
  hasMore: boolean;
  loading: boolean;
  onClick: () => void;
}) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <div className="admin-load-more">
      <Button onClick={onClick} loading={loading}>
        {t("admin.loadMore")}
      </Button>
    </div>
  );
}

// antd's preset tag colours fall below WCAG AA contrast (axe flags them); these shades pass.
const TONES = {
  green: { color: "#135200", background: "#f6ffed", borderColor: "#389e0d" },
  red: { color: "#a8071a", background: "#fff1f0", borderColor: "#cf1322" },
  blue: { color: "#003eb3", background: "#e6f4ff", borderColor: "#0958d9" },
} as const;

export function ToneTag({
  tone,
  children,
}: {
  tone: keyof typeof TONES;
  children: React.ReactNode;
}) {
  return <Tag style={TONES[tone]}>{children}</Tag>;
}

export function ActiveTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? (
    <ToneTag tone="green">{t("admin.active")}</ToneTag>
  ) : (
    <Tag>{t("admin.inactive")}</Tag>
  );
}

/** The three-way filter every list has: all, active only, inactive only. */
export function activeOptions(t: (k: string) => string) {
  return [
    { value: "", label: t("admin.allStates") },
    { value: "true", label: t("admin.active") },
    { value: "false", label: t("admin.inactive") },
  ];
}

export function parseActive(value: string): boolean | undefined {
  return value === "" ? undefined : value === "true";
}

/** The "state" column every admin list shows. */
export function activeColumn(t: (k: string) => string) {
  return {
    title: t("admin.state"),
    dataIndex: "active",
    render: (a: boolean) => <ActiveTag active={a} />,
  };
}

/** A row's edit button, labelled with what it edits for screen readers. */
export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button size="small" onClick={onClick} aria-label={`${t("admin.edit")} ${name}`}>
      {t("admin.edit")}
    </Button>
  );
}
