import { Alert, Button } from "antd";

/** The styled failure notice; loaded on first failure, so the first load does not carry it. */
export default function LoadErrorAlert(props: {
  title: string;
  message: string;
  retryLabel: string;
  compact: boolean;
  onRetry: () => void;
}) {
  return (
    <Alert
      type="error"
      showIcon
      title={props.title}
      description={props.message}
      action={
        <Button size={props.compact ? "small" : "middle"} onClick={props.onRetry}>
          {props.retryLabel}
        </Button>
      }
    />
  );
}
