import { type EvaluationSettings, evaluationSettingsSchema } from "@cw/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Form, InputNumber, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import { ruleOf } from "./admin-rules.ts";
import { SavedForm } from "./saved-form.tsx";

const shape = evaluationSettingsSchema.shape;
const identity = (s: EvaluationSettings) => s;
const WEIGHTS = ["onTime", "overdueDays", "returned", "escalated", "fieldRate"] as const;
const PENALTIES = ["overdueDays", "returned", "escalated"] as const;

/** 结果考评's formula: a weight per measure and where each penalty reaches 0 (decision 0018). */
export function EvaluationTab() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const query = useQuery(trpc.evaluation.settings.queryOptions());
  const mutation = useMutation(trpc.evaluation.updateSettings.mutationOptions());
  const num = (name: string[], label: string, schema: z.ZodType) => (
    <Form.Item key={name.join(".")} label={label} name={name} rules={[ruleOf(schema, language)]}>
      <InputNumber style={{ width: 160 }} />
    </Form.Item>
  );
  const weights = shape.weights.unwrap().shape;
  const zeroAt = shape.zeroAt.unwrap().shape;
  return (
    <section aria-label={t("admin.tabs.evaluation")}>
      <SavedForm<EvaluationSettings, EvaluationSettings>
        name="evaluation"
        query={query}
        mutation={mutation}
        toForm={identity}
        toInput={identity}
      >
        {() => (
          <>
            <Typography.Title level={2}>{t("admin.evaluation.weights")}</Typography.Title>
            <div className="admin-field-row">
              {WEIGHTS.map((k) => num(["weights", k], t(`evaluation.col.${k}`), weights[k]))}
            </div>
            <Typography.Title level={2}>{t("admin.evaluation.zeroAt")}</Typography.Title>
            <div className="admin-field-row">
              {PENALTIES.map((k) => num(["zeroAt", k], t(`evaluation.col.${k}`), zeroAt[k]))}
            </div>
          </>
        )}
      </SavedForm>
    </section>
  );
}
