interface StatTileProps {
  label: string;
  value: number;
  tone?: "normal" | "danger";
  testId: string;
}

export function StatTile({ label, value, tone = "normal", testId }: StatTileProps) {
  return (
    <div className={`tile tile-${tone}`} data-testid={testId}>
      <div className="tile-label">{label}</div>
      <div className="tile-value">{value.toLocaleString("zh-CN")}</div>
    </div>
  );
}
