import { REPORT_DESCRIPTION_MAX, submitCitizenReportInputSchema } from "@cw/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, Button, Form, Input } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { LoadError, Loading } from "../components/query-states.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { applyFieldErrors } from "../lib/form-errors.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-rule.ts";
import { deviceId } from "./device-id.ts";
import { solveProofOfWork } from "./proof-of-work.ts";
import { ReportPhotos } from "./report-photos.tsx";
import { type Position, ReportPosition } from "./report-position.tsx";

interface ReportValues {
  photoIds: string[];
  siteId?: string;
  category?: string;
  description: string;
  mobile?: string;
}

/**
 * 随手拍 (decision 0026): photos, the phone's position or a site (preselected by a site's QR
 * code, `?site=<id>`), category, description and an optional number; sent with a solved
 * proof-of-work challenge. Answers with the tracking code and the status page's link.
 */
export default function ReportPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const [form] = Form.useForm<ReportValues>();
  const [position, setPosition] = useState<Position | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const options = useQuery(trpc.citizenReports.formOptions.queryOptions());
  const challenge = useMutation(trpc.citizenReports.challenge.mutationOptions());
  const submit = useMutation(trpc.citizenReports.submit.mutationOptions());

  if (options.isPending) return <Loading />;
  if (options.isError)
    return <LoadError error={options.error} onRetry={() => void options.refetch()} />;
  if (sent) return <ReportSent code={sent} onAnother={() => setSent(null)} />;

  const presetSite = params.get("site");
  const knownSite = options.data.sites.some((s) => s.id === presetSite) ? presetSite : undefined;

  const send = async (values: ReportValues) => {
    setAlert(null);
    setChecking(true);
    try {
      const proofOfWork = await solveProofOfWork(await challenge.mutateAsync());
      const { trackingCode } = await submit.mutateAsync({
        category: values.category ?? "",
        description: values.description ?? "",
        photoIds: values.photoIds ?? [],
        deviceId: deviceId(),
        proofOfWork,
        ...(values.siteId ? { siteId: values.siteId } : {}),
        ...(position ? { latitude: position.latitude, longitude: position.longitude } : {}),
        ...(values.mobile?.trim() ? { mobile: values.mobile.trim() } : {}),
      });
      setSent(trackingCode);
    } catch (error) {
      setAlert(applyFieldErrors(form, error) ?? null);
    } finally {
      setChecking(false);
    }
  };

  return (
    <>
      <p className="report-hint">{t("report.intro")}</p>
      <Form
        form={form}
        layout="vertical"
        className="report-card"
        requiredMark={false}
        initialValues={{ photoIds: [], siteId: knownSite, description: "" }}
        onFinish={(values) => void send(values)}
        data-testid="report-form"
      >
        <Form.Item label={t("report.photos")} name="photoIds">
          <ReportPhotos />
        </Form.Item>
        <Form.Item label={t("report.place")} name="siteId">
          <ReportPosition sites={options.data.sites} position={position} onPosition={setPosition} />
        </Form.Item>
        <Form.Item
          label={t("report.category")}
          name="category"
          rules={[zodRule(submitCitizenReportInputSchema, "category", language)]}
        >
          <CategorySelect
            placeholder={t("report.categoryPlaceholder")}
            options={options.data.categories.map((c) => ({
              value: c.code,
              label: language === "en" ? c.nameEn : c.name,
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t("report.description")}
          name="description"
          rules={[zodRule(submitCitizenReportInputSchema, "description", language)]}
        >
          <DescriptionInput placeholder={t("report.descriptionPlaceholder")} />
        </Form.Item>
        <Form.Item label={t("report.mobile")} name="mobile">
          <Input inputMode="tel" autoComplete="tel" maxLength={11} data-testid="report-mobile" />
        </Form.Item>
        {alert && <Alert type="error" showIcon title={alert} className="report-gap" />}
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          loading={checking}
          data-testid="report-submit"
        >
          {checking ? t("report.checking") : t("report.submit")}
        </Button>
      </Form>
      <ReportLookup />
    </>
  );
}

/** A plain text area with its count (antd's measures its size with code the page does not need). */
function DescriptionInput({
  id,
  value = "",
  onChange,
  placeholder,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  placeholder: string;
}) {
  return (
    <>
      <textarea
        id={id}
        className="report-textarea"
        rows={4}
        maxLength={REPORT_DESCRIPTION_MAX}
        value={value}
        onChange={(e) => onChange?.(e.target.value)}
        placeholder={placeholder}
        data-testid="report-description"
      />
      <span className="report-count">
        {value.length} / {REPORT_DESCRIPTION_MAX}
      </span>
    </>
  );
}

/** A native list (the phone's own picker) as a form control. */
function CategorySelect({
  id,
  value,
  onChange,
  placeholder,
  options,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder: string;
  options: { value: string; label: string }[];
}) {
  return (
    <select
      id={id}
      className="report-select"
      value={value ?? ""}
      onChange={(e) => onChange?.(e.target.value || undefined)}
      data-testid="report-category"
    >
      <option value="">{placeholder}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

function ReportSent({ code, onAnother }: { code: string; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="report-card" data-testid="report-sent">
      <h2>{t("report.sent")}</h2>
      <p>{t("report.yourCode")}</p>
      <p className="report-code" data-testid="report-code">
        {code}
      </p>
      <p className="report-hint">{t("report.keepCode")}</p>
      <p>
        <Link to={`/report/status/${code}`} data-testid="report-status-link">
          {t("report.followLink")}
        </Link>
      </p>
      <Button onClick={onAnother}>{t("report.another")}</Button>
    </section>
  );
}

/** Opens the status page of a code typed in. */
function ReportLookup() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState("");
  return (
    <section className="report-card">
      <h2>{t("report.lookup")}</h2>
      <form
        className="report-answer"
        onSubmit={(e) => {
          e.preventDefault();
          const typed = code.trim().toUpperCase();
          if (typed) navigate(`/report/status/${encodeURIComponent(typed)}`);
        }}
      >
        <Input
          value={code}
          onChange={(e) => setCode(e.target.value)}
          placeholder={t("report.lookupPlaceholder")}
          aria-label={t("report.lookup")}
          style={{ flex: 1 }}
        />
        <Button htmlType="submit">{t("report.lookupGo")}</Button>
      </form>
    </section>
  );
}
