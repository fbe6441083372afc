/**
 * The series of a chart as coloured swatches. recharts' Legend would do the same with a few
 * KB more of the overview's first load, which has a budget (scripts/bundle-size.mjs).
 */
export function ChartLegend({ items }: { items: { label: string; color: string }[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
