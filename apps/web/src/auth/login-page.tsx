import type { CurrentUser } from "@cw/domain";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../components/language-switch.tsx";
import { PlainAlert, PlainButton } from "../components/plain-controls.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { errorMessage } from "../lib/api-error.ts";
import { splitFormError } from "../lib/form-errors.ts";
import type { LoginField, LoginValues } from "./login-check.ts";
import { signIn } from "./sign-in-api.ts";
import "./login.css";

/** The schema check's chunk (zod and the message catalogue), fetched once, on first use. */
let checkModule: Promise<typeof import("./login-check.ts")> | undefined;
const loadCheck = () => {
  checkModule ??= import("./login-check.ts");
  return checkModule;
};

/** An eye (struck through while the password is hidden), 14 px, in the text's colour. */
function EyeIcon({ open }: { open: boolean }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="14"
      height="14"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M1 12s4-7 11-7 11 7 11 7-4 7-11 7S1 12 1 12z" />
      <circle cx="12" cy="12" r="3" />
      {!open && <path d="M3 3l18 18" />}
    </svg>
  );
}

/** The server asks for the code (auth.totp_required) by naming the totpCode field. */
function asksForCode(error: unknown): boolean {
  const fields = (error as { data?: { fields?: Record<string, string> | null } } | null)?.data
    ?.fields;
  return Boolean(fields && "totpCode" in fields);
}

/**
 * Sign-in, the first screen everyone opens, often on a phone on a weak network: plain markup
 * styled like the app's antd forms (plain-controls.tsx, login.css), so this page loads no UI kit (issue 15). The
 * fields are checked with the API's own schema (login-check.ts) before sending; the server's
 * messages show as they come, on their fields and in the alert. It talks to the API through
 * sign-in-api.ts, not the tRPC client (which loads with the signed-in app, decision 0029);
 * `onSignedIn` gets the user signed in.
 */
export default function LoginPage({ onSignedIn }: { onSignedIn: (user: CurrentUser) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const [values, setValues] = useState<LoginValues>({});
  const [errors, setErrors] = useState<Partial<Record<LoginField, string>>>({});
  // Two-step sign-in (decision 0019): the code field appears once the server asks for it.
  const [needsCode, setNeedsCode] = useState(false);
  const [revealed, setRevealed] = useState(false);
  const fields: LoginField[] = needsCode
    ? ["username", "password", "totpCode"]
    : ["username", "password"];
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const login = async (input: Parameters<typeof signIn>[0]) => {
    setPending(true);
    setFailure(null);
    try {
      const user = await signIn(input);
      setPending(false);
      onSignedIn(user);
    } catch (error) {
      setPending(false);
      setFailure(error);
      if (asksForCode(error)) setNeedsCode(true);
      const placed = splitFormError(error, new Set(["username", "password", "totpCode"]));
      setErrors(Object.fromEntries(placed.fields.map((f) => [f.name[0], f.errors[0]])));
    }
  };

  const change = (field: LoginField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // A field that shows a message is checked again as it is corrected, as antd's forms do.
    if (errors[field])
      void loadCheck().then(({ loginFieldErrors }) =>
        setErrors((now) => ({ ...now, [field]: loginFieldErrors(next, [field], language)[field] })),
      );
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { loginFieldErrors } = await loadCheck();
    const found = loginFieldErrors(values, fields, language);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await login({
      username: values.username ?? "",
      password: values.password ?? "",
      ...(needsCode && values.totpCode ? { totpCode: values.totpCode } : {}),
    });
  };

  const field = (
    name: LoginField,
    label: string,
    input: Record<string, unknown>,
    after?: ReactNode,
  ) => {
    const error = errors[name];
    return (
      <div className="plain-field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <span className="signin-affix">
          <input
            id={`${id}-${name}`}
            name={name}
            className="plain-input"
            value={values[name] ?? ""}
            onChange={(e) => change(name, e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-${name}-error` : undefined}
            {...input}
          />
          {after}
        </span>
        {error && (
          <div id={`${id}-${name}-error`} className="plain-field-error" role="alert">
            {error}
          </div>
        )}
      </div>
    );
  };

  return (
    <main className="page login">
      <section className="signin-card" aria-labelledby={`${id}-title`}>
        <div className="signin-card-head">
          <LanguageSwitch />
        </div>
        <div className="signin-card-body">
          <h1 id={`${id}-title`} className="signin-title">
            {t("app.title")}
          </h1>
          {/* The first keystroke fetches the schema check, so a submit does not wait for it. */}
          <form
            name="login"
            noValidate
            onSubmit={(e) => void submit(e)}
            onInput={() => void loadCheck()}
          >
            {field("username", t("login.username"), { autoComplete: "username", autoFocus: true })}
            {field(
              "password",
              t("login.password"),
              { type: revealed ? "text" : "password", autoComplete: "current-password" },
              // antd's Input.Password eye: shows what was typed, for a phone's small keys.
              <button
                type="button"
                className="signin-reveal"
                aria-label={t("login.reveal")}
                aria-pressed={revealed}
                onClick={() => setRevealed(!revealed)}
              >
                <EyeIcon open={revealed} />
              </button>,
            )}
            {needsCode &&
              field("totpCode", t("login.totpCode"), {
                autoComplete: "one-time-code",
                inputMode: "numeric",
                maxLength: 6,
                autoFocus: true,
              })}
            {failure !== null && (
              <PlainAlert title={t("login.failed")}>{errorMessage(failure)}</PlainAlert>
            )}
            <PlainButton type="submit" kind="primary" block loading={pending}>
              {t("login.submit")}
            </PlainButton>
          </form>
        </div>
      </section>
    </main>
  );
}
