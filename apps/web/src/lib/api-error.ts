import type { FormInstance } from "antd";

/** What the server's error formatter puts on every tRPC error (apps/server/src/trpc.ts). */
interface ApiErrorShape {
  message: string;
  data?: { code?: string; fields?: Record<string, string> | null } | null;
}

function asApiError(error: unknown): ApiErrorShape | null {
  return error && typeof error === "object" && "message" in error ? (error as ApiErrorShape) : null;
}

/** The server's message, already in the user's language (the lang cookie). */
export function errorMessage(error: unknown): string {
  return asApiError(error)?.message ?? String(error);
}

export function isUnauthorized(error: unknown): boolean {
  return asApiError(error)?.data?.code === "UNAUTHORIZED";
}

/**
 * Puts the server's per-field messages on the form's fields ("a.b" paths become nested names).
 * Returns the fields it could not place, so the caller can show them with the message.
 */
export function applyFieldErrors(form: FormInstance, error: unknown): string[] {
  const fields = asApiError(error)?.data?.fields ?? {};
  // Every registered field is listed here, touched or not.
  const known = new Set(form.getFieldsError().map((f) => String(f.name[0])));
  const unplaced: string[] = [];
  const placed = Object.entries(fields).flatMap(([path, message]) => {
    // "contacts.0.mobile": list positions are numbers in antd's name paths.
    const name = path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    if (!known.has(String(name[0] ?? ""))) {
      unplaced.push(message);
      return [];
    }
    return [{ name, errors: [message] }];
  });
  form.setFields(placed);
  return unplaced;
}
