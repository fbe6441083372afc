import { CALENDAR_DAY_KINDS, type CalendarDayOutput, setCalendarDayInputSchema } from "@cw/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import {
  Alert,
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Table,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import "dayjs/locale/zh-cn";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { beijingToday } from "../lib/beijing-date.ts";
import { applyFieldErrors, formAlert } from "../lib/form-errors.ts";
import { formatDate } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-rule.ts";
import { ListStates, ToneTag } from "./list-parts.tsx";
import { useRefresh } from "./use-admin-data.ts";

const DATE = "YYYY-MM-DD";
interface DayValues {
  date: string;
  kind: (typeof CALENDAR_DAY_KINDS)[number];
  note: string;
}

/**
 * The city's own days on top of the official calendar: extra holidays, and weekend days
 * worked in exchange. Deadlines in working days count with both.
 */
export function CalendarTab() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  dayjs.locale(language === "en" ? "en" : "zh-cn");
  const trpc = useTRPC();
  const refresh = useRefresh();
  const [year, setYear] = useState(() => Number(beijingToday().slice(0, 4)));
  const days = useQuery(trpc.calendar.list.queryOptions({ year }));
  const set = useMutation(
    trpc.calendar.set.mutationOptions({ onSuccess: () => refresh("calendar") }),
  );
  const remove = useMutation(
    trpc.calendar.remove.mutationOptions({ onSuccess: () => refresh("calendar") }),
  );
  const [form] = Form.useForm<DayValues>();
  const rule = (f: keyof DayValues) => [zodRule(setCalendarDayInputSchema, f, language)];
  const add = (v: DayValues) =>
    set.mutate(v, {
      onSuccess: () => form.resetFields(),
      onError: (error) => applyFieldErrors(form, error),
    });
  return (
    <section aria-label={t("admin.tabs.calendar")}>
      <Form<DayValues>
        form={form}
        name="calendar-day"
        layout="inline"
        className="admin-toolbar"
        initialValues={{ kind: "holiday", note: "" }}
        onFinish={add}
      >
        <Form.Item
          label={t("admin.calendar.date")}
          name="date"
          rules={rule("date")}
          // The form holds "YYYY-MM-DD", as the API takes it; the picker works with dayjs.
          getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : null })}
          getValueFromEvent={(d: Dayjs | null) => d?.format(DATE)}
        >
          <DatePicker format={DATE} />
        </Form.Item>
        <Form.Item label={t("admin.calendar.kind")} name="kind" rules={rule("kind")}>
          <Select
            style={{ width: 140 }}
            options={CALENDAR_DAY_KINDS.map((k) => ({ value: k, label: t(`admin.calendar.${k}`) }))}
          />
        </Form.Item>
        <Form.Item label={t("admin.calendar.note")} name="note" rules={rule("note")}>
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={set.isPending}>
          {t("admin.calendar.add")}
        </Button>
      </Form>
      {set.isError && formAlert(form, set.error) && (
        <Alert type="error" showIcon title={formAlert(form, set.error)} />
      )}
      <Space className="admin-toolbar">
        <label htmlFor="calendar-year">{t("admin.calendar.year")}</label>
        <InputNumber
          id="calendar-year"
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && setYear(v)}
        />
      </Space>
      <ListStates query={days} empty={!days.data?.length}>
        <Table<CalendarDayOutput>
          rowKey="date"
          size="small"
          dataSource={days.data}
          pagination={false}
          columns={[
            {
              title: t("admin.calendar.date"),
              dataIndex: "date",
              render: (d: string) => formatDate(d, language),
            },
            {
              title: t("admin.calendar.kind"),
              dataIndex: "kind",
              render: (k: DayValues["kind"]) => (
                <ToneTag tone={k === "holiday" ? "red" : "blue"}>
                  {t(`admin.calendar.${k}`)}
                </ToneTag>
              ),
            },
            { title: t("admin.calendar.note"), dataIndex: "note" },
            {
              title: t("admin.actions"),
              key: "actions",
              render: (_, d) => (
                <Popconfirm
                  title={t("admin.calendar.confirmRemove")}
                  okText={t("admin.confirm")}
                  cancelText={t("admin.cancel")}
                  onConfirm={() => remove.mutateAsync({ date: d.date })}
                >
                  <Button size="small" danger aria-label={`${t("admin.remove")} ${d.date}`}>
                    {t("admin.remove")}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </ListStates>
    </section>
  );
}
