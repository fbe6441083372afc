import { Empty } from "antd";

/**
 * An empty state whose words meet 4.5:1 contrast: antd's Empty greys its description below
 * that on white (axe flags it), so the text carries the app's darker muted colour.
 */
export function EmptyNote({ text }: { text: string }) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={<span className="muted">{text}</span>}
    />
  );
}
