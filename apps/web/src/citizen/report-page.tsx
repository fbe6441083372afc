import { type PowChallenge, REPORT_DESCRIPTION_MAX, type SubmittedReport } from "@cw/domain";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { LoadError, Loading, PlainAlert, PlainButton } from "../components/plain-controls.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { splitFormError } from "../lib/form-errors.ts";
import { plainMutation } from "../lib/plain-api.ts";
import { usePlainQuery } from "../lib/use-plain-query.ts";
import { deviceId } from "./device-id.ts";
import type { CheckedField } from "./report-check.ts";
import { ReportField } from "./report-field.tsx";
import { loadReportOptions } from "./report-options.ts";
import { ReportPhotos } from "./report-photos.tsx";
import { type Position, ReportPosition } from "./report-position.tsx";
import { ReportLookup, ReportSent } from "./report-sent.tsx";

interface ReportValues {
  photoIds: string[];
  siteId?: string | undefined;
  category?: string | undefined;
  description: string;
  mobile: string;
}
type Field = keyof ReportValues;
const FIELDS: ReadonlySet<string> = new Set<Field>([
  "photoIds",
  "siteId",
  "category",
  "description",
  "mobile",
]);
const CHECKED: CheckedField[] = ["category", "description", "mobile"];

/** The schema check (zod and the messages) and the proof-of-work solver: each fetched once. */
let checkModule: Promise<typeof import("./report-check.ts")> | undefined;
const loadCheck = () => {
  checkModule ??= import("./report-check.ts");
  return checkModule;
};
let solverModule: Promise<typeof import("./proof-of-work.ts")> | undefined;
const loadSolver = () => {
  solverModule ??= import("./proof-of-work.ts");
  return solverModule;
};

/**
 * 随手拍 (decision 0026): photos, the phone's position or a site (preselected by a site's QR
 * code, `?site=<id>`), category, description and an optional number; sent with a solved
 * proof-of-work challenge. Answers with the tracking code and the status page's link. Plain
 * markup and plain-api.ts (decision 0032): a citizen's phone loads no UI kit and no API client.
 */
export default function ReportPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const [params] = useSearchParams();
  const options = usePlainQuery("formOptions", loadReportOptions);
  const [edits, setEdits] = useState<Partial<ReportValues>>({});
  const [position, setPosition] = useState<Position | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [sent, setSent] = useState<string | null>(null);

  if (options.status === "pending") return <Loading />;
  if (options.status === "error")
    return <LoadError error={options.error} onRetry={options.retry} />;
  if (sent)
    return (
      <ReportSent
        code={sent}
        onAnother={() => {
          setSent(null);
          setEdits({});
          setPosition(null);
        }}
      />
    );

  const { sites, categories } = options.data;
  const presetSite = params.get("site");
  const values: ReportValues = {
    photoIds: [],
    siteId: sites.some((s) => s.id === presetSite) ? (presetSite ?? undefined) : undefined,
    description: "",
    mobile: "",
    ...edits,
  };

  const change = <F extends Field>(field: F, value: ReportValues[F]) => {
    const next = { ...values, [field]: value };
    setEdits((now) => ({ ...now, [field]: value }));
    // A field that shows a message is checked again as it is corrected, as antd's forms do.
    if (!errors[field]) return;
    if (!(CHECKED as string[]).includes(field))
      return setErrors((now) => ({ ...now, [field]: undefined }));
    void loadCheck().then(({ reportFieldErrors }) =>
      setErrors((now) => ({
        ...now,
        [field]: reportFieldErrors(next, [field as CheckedField], language)[field as CheckedField],
      })),
    );
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    const { reportFieldErrors } = await loadCheck();
    const found = reportFieldErrors(values, CHECKED, language);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setChecking(true);
    try {
      const [{ solveProofOfWork }, challenge] = await Promise.all([
        loadSolver(),
        plainMutation<PowChallenge>("citizenReports.challenge"),
      ]);
      const proofOfWork = await solveProofOfWork(challenge);
      const mobile = values.mobile.trim();
      const { trackingCode } = await plainMutation<SubmittedReport>("citizenReports.submit", {
        category: values.category ?? "",
        description: values.description,
        photoIds: values.photoIds,
        deviceId: deviceId(),
        proofOfWork,
        ...(values.siteId ? { siteId: values.siteId } : {}),
        ...(position ? { latitude: position.latitude, longitude: position.longitude } : {}),
        ...(mobile ? { mobile } : {}),
      });
      setSent(trackingCode);
    } catch (error) {
      const placed = splitFormError(error, FIELDS);
      setErrors(Object.fromEntries(placed.fields.map((f) => [f.name[0], f.errors[0]])));
      setAlert(placed.alert);
    } finally {
      setChecking(false);
    }
  };

  return (
    <>
      <p className="report-hint">{t("report.intro")}</p>
      {/* The first keystroke fetches the schema check, so a submit does not wait for it. */}
      <form
        className="report-card"
        noValidate
        onSubmit={(e) => void send(e)}
        onInput={() => void loadCheck()}
        data-testid="report-form"
      >
        <ReportField
          id={`${id}-photos`}
          label={t("report.photos")}
          htmlFor={`${id}-photo`}
          error={errors.photoIds}
        >
          <ReportPhotos
            id={`${id}-photo`}
            value={values.photoIds}
            onChange={(ids) => change("photoIds", ids)}
          />
        </ReportField>
        <ReportField id={`${id}-place`} label={t("report.place")} error={errors.siteId}>
          <ReportPosition
            value={values.siteId}
            onChange={(siteId) => change("siteId", siteId)}
            sites={sites}
            position={position}
            onPosition={setPosition}
          />
        </ReportField>
        <ReportField
          id={`${id}-category`}
          label={t("report.category")}
          htmlFor={`${id}-category-input`}
          error={errors.category}
        >
          <select
            id={`${id}-category-input`}
            className="report-select"
            value={values.category ?? ""}
            onChange={(e) => change("category", e.target.value || undefined)}
            aria-invalid={errors.category ? true : undefined}
            data-testid="report-category"
          >
            <option value="">{t("report.categoryPlaceholder")}</option>
            {categories.map((c) => (
              <option key={c.code} value={c.code}>
                {language === "en" ? c.nameEn : c.name}
              </option>
            ))}
          </select>
        </ReportField>
        <ReportField
          id={`${id}-description`}
          label={t("report.description")}
          htmlFor={`${id}-description-input`}
          error={errors.description}
        >
          <textarea
            id={`${id}-description-input`}
            className="report-textarea"
            rows={4}
            maxLength={REPORT_DESCRIPTION_MAX}
            value={values.description}
            onChange={(e) => change("description", e.target.value)}
            placeholder={t("report.descriptionPlaceholder")}
            aria-invalid={errors.description ? true : undefined}
            data-testid="report-description"
          />
          <span className="report-count">
            {values.description.length} / {REPORT_DESCRIPTION_MAX}
          </span>
        </ReportField>
        <ReportField
          id={`${id}-mobile`}
          label={t("report.mobile")}
          htmlFor={`${id}-mobile-input`}
          error={errors.mobile}
        >
          <input
            id={`${id}-mobile-input`}
            className="plain-input report-input"
            inputMode="tel"
            autoComplete="tel"
            maxLength={11}
            value={values.mobile}
            onChange={(e) => change("mobile", e.target.value)}
            aria-invalid={errors.mobile ? true : undefined}
            data-testid="report-mobile"
          />
        </ReportField>
        {alert && <PlainAlert title={alert} />}
        <PlainButton
          type="submit"
          kind="primary"
          large
          block
          loading={checking}
          data-testid="report-submit"
        >
          {checking ? t("report.checking") : t("report.submit")}
        </PlainButton>
      </form>
      <ReportLookup />
    </>
  );
}
