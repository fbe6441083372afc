import type { ReactNode } from "react";

/**
 * One field of the report form, laid out as antd's vertical Form.Item (plain-controls.css):
 * its label, the control, and the message that refuses it (role=alert: read out as it shows).
 * A control that is one input names it with `htmlFor`; one made of several (the place: GPS,
 * map, site list) is a fieldset named by its legend.
 */
export function ReportField({
  id,
  label,
  htmlFor,
  error,
  children,
}: {
  id: string;
  label: string;
  htmlFor?: string;
  error?: string | undefined;
  children: ReactNode;
}) {
  const message = error && (
    <div id={`${id}-error`} className="plain-field-error" role="alert">
      {error}
    </div>
  );
  if (htmlFor)
    return (
      <div className="plain-field">
        <label htmlFor={htmlFor}>{label}</label>
        {children}
        {message}
      </div>
    );
  return (
    <fieldset className="plain-field plain-fieldset">
      <legend className="plain-field-label">{label}</legend>
      {children}
      {message}
    </fieldset>
  );
}
