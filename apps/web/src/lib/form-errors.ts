import type { FormInstance } from "antd";
import { asApiError } from "./api-error.ts";

// Only the screens with forms import this (all lazy), so it stays out of the first load.

type NamePath = (string | number)[];

/**
 * What the server said, split for a form with these fields: the per-field messages it can
 * place ("a.b" paths become nested names), and the one line left for the form's alert — null
 * when the fields already say it all. A message is shown once: a domain refusal's message
 * that is also a field's message (workflow.reason_required on "reason") stays on the field.
 */
export function splitFormError(
  error: unknown,
  knownFields: ReadonlySet<string>,
): { fields: { name: NamePath; errors: string[] }[]; alert: string | null } {
  const api = asApiError(error);
  const placed: { name: NamePath; errors: string[] }[] = [];
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(api?.data?.fields ?? {})) {
    // "contacts.0.mobile": list positions are numbers in antd's name paths.
    const name = path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    if (knownFields.has(String(name[0] ?? ""))) placed.push({ name, errors: [message] });
    else unplaced.push(message);
  }
  const onFields = new Set(placed.map((f) => f.errors[0]));
  const message = api?.message ?? String(error);
  const lines = [...new Set([message, ...unplaced])].filter((line) => !onFields.has(line));
  return { fields: placed, alert: lines.length ? lines.join(" ") : null };
}

/** The registered fields of a form, touched or not. */
function fieldNames(form: FormInstance): Set<string> {
  return new Set(form.getFieldsError().map((f) => String(f.name[0])));
}

/**
 * Puts the server's per-field messages on the form's fields and returns what is left for the
 * form's alert (null when nothing is): each message appears once.
 */
export function applyFieldErrors(form: FormInstance, error: unknown): string | null {
  const { fields, alert } = splitFormError(error, fieldNames(form));
  form.setFields(fields);
  return alert;
}

/** The alert line of an error whose field messages applyFieldErrors placed (null: none). */
export function formAlert(form: FormInstance, error: unknown): string | null {
  return splitFormError(error, fieldNames(form)).alert;
}
