import { type ScoringSettings, scoringSettingsSchema } from "@cw/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Form, InputNumber, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import { ruleOf } from "./admin-rules.ts";
import { SavedForm } from "./saved-form.tsx";

const shape = scoringSettingsSchema.shape;
const identity = (s: ScoringSettings) => s;

/** Scoring weights: observed practice, not law, so the city sets them (domain.md). */
export function ScoringTab() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const query = useQuery(trpc.scores.settings.queryOptions());
  const mutation = useMutation(trpc.scores.updateSettings.mutationOptions());
  const num = (name: (string | number)[], label: string, schema: z.ZodType, suffix?: string) => (
    <Form.Item key={name.join(".")} label={label} name={name} rules={[ruleOf(schema, language)]}>
      <InputNumber suffix={suffix} style={{ width: 160 }} />
    </Form.Item>
  );
  const sections = shape.sectionWeights.unwrap().shape;
  const years = shape.yearWeights.unwrap().def.items;
  const targets = shape.targets.unwrap().shape;
  return (
    <section aria-label={t("admin.tabs.scoring")}>
      <SavedForm<ScoringSettings, ScoringSettings>
        name="scoring"
        query={query}
        mutation={mutation}
        toForm={identity}
        toInput={identity}
      >
        {() => (
          <>
            <Typography.Title level={2}>{t("admin.scoring.sections")}</Typography.Title>
            <div className="admin-field-row">
              {(["field", "materials", "survey"] as const).map((k) =>
                num(["sectionWeights", k], t(`admin.scoring.section.${k}`), sections[k]),
              )}
            </div>
            <Typography.Title level={2}>{t("admin.scoring.years")}</Typography.Title>
            <div className="admin-field-row">
              {years.map((schema, i) =>
                num(["yearWeights", i], t("admin.scoring.year", { n: i + 1 }), schema, "%"),
              )}
            </div>
            <Typography.Title level={2}>{t("admin.scoring.minors")}</Typography.Title>
            <div className="admin-field-row">
              {num(["minorsGate"], t("admin.scoring.minorsGate"), shape.minorsGate.unwrap())}
              {num(
                ["minorsShare"],
                t("admin.scoring.minorsShare"),
                shape.minorsShare.unwrap(),
                "%",
              )}
            </div>
            <Typography.Title level={2}>{t("admin.scoring.other")}</Typography.Title>
            <div className="admin-field-row">
              {num(
                ["minSurveySample"],
                t("admin.scoring.minSurveySample"),
                shape.minSurveySample.unwrap(),
              )}
              {num(
                ["cycleStartYear"],
                t("admin.scoring.cycleStartYear"),
                shape.cycleStartYear.unwrap(),
              )}
            </div>
            <Typography.Title level={2}>{t("admin.scoring.targets")}</Typography.Title>
            <div className="admin-field-row">
              {(["civilized_city", "minors", "villages_towns"] as const).map((k) =>
                num(["targets", k], t(`admin.scoring.target.${k}`), targets[k]),
              )}
            </div>
          </>
        )}
      </SavedForm>
    </section>
  );
}
