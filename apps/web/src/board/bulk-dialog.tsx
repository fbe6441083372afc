import type { BulkAction, TaskListItem, TransitionField } from "@cw/domain";
import { Form, List, Modal, Progress, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { TaskField } from "../task-detail/task-field.tsx";
import { demandedFields, fieldsFor, type TaskFormKind } from "../task-detail/task-form-kinds.ts";
import { useTaskSubmit } from "../task-detail/use-task-submit.ts";
import { useBulkRun } from "./use-bulk-run.ts";

const STATE_COLOR = { waiting: "default", running: "processing", done: "success", failed: "error" };

/**
 * One form for several tasks: dispatch them all to one unit (with one deadline, or each its
 * category's default), or send them all one escalation notice. Shows progress and, per task,
 * whether it went through and the server's reason if not.
 */
export function BulkDialog({
  bulk,
  needs,
  rows,
  onClose,
}: {
  bulk: BulkAction;
  /** The fields the server says the bulk action demands (the board tab's bulkNeeds). */
  needs: readonly TransitionField[];
  rows: TaskListItem[];
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const submit = useTaskSubmit();
  const { results, running, run, finished, started } = useBulkRun();
  const kind: TaskFormKind =
    bulk === "dispatch" ? { type: "transition", action: "dispatch", needs } : { type: "escalate" };
  const demanded = demandedFields(kind);
  const title = t(`board.bulk.${bulk}`, { count: rows.length });
  // The unit the server suggests, when every selected task suggests the same one.
  const units = new Set(rows.map((r) => r.suggestedUnitId));
  const [onlyUnit] = units;
  const initialValues =
    bulk === "dispatch" && units.size === 1 && onlyUnit ? { unitId: onlyUnit } : {};

  const send = (values: Record<string, unknown>) =>
    run(rows, (row) => submit(kind, { findingId: row.findingId, version: row.version }, values));

  return (
    <Modal
      open
      title={title}
      okText={started ? t("board.bulk.closeDialog") : t(`board.bulk.run.${bulk}`)}
      cancelText={t("taskDetail.cancel")}
      onOk={() => (started ? onClose(true) : form.submit())}
      onCancel={() => onClose(started)}
      confirmLoading={running}
      cancelButtonProps={{ disabled: running }}
      destroyOnHidden
      okButtonProps={{ "data-testid": "bulk-ok" }}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={send}
        disabled={started}
        name={`bulk-${bulk}`}
        initialValues={initialValues}
      >
        {fieldsFor(kind).map((name) => (
          <TaskField key={name} kind={kind} name={name} demanded={demanded.has(name)} />
        ))}
      </Form>
      {started && (
        <>
          <Progress
            percent={Math.round((finished / results.length) * 100)}
            aria-label={t("board.bulk.progress", { done: finished, total: results.length })}
          />
          <span className="muted">
            {t("board.bulk.progress", { done: finished, total: results.length })}
          </span>
        </>
      )}
      <List
        size="small"
        dataSource={
          started
            ? results
            : rows.map((r) => ({
                findingId: r.findingId,
                code: r.code,
                state: "waiting" as const,
                message: undefined,
              }))
        }
        data-testid="bulk-results"
        renderItem={(r) => (
          <List.Item data-testid="bulk-row" data-state={r.state}>
            <Typography.Text code>{r.code}</Typography.Text>
            <span>
              {r.message && <Typography.Text type="danger">{r.message} </Typography.Text>}
              <Tag color={STATE_COLOR[r.state]}>{t(`board.bulk.state.${r.state}`)}</Tag>
            </span>
          </List.Item>
        )}
      />
    </Modal>
  );
}
