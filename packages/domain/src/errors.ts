import type { MessageKey } from "./messages.ts";

/** How the transport should treat a domain error (mapped to tRPC codes in one place). */
export type DomainErrorKind =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "too_many_requests";

export type MessageParams = Record<string, string | number>;

/**
 * The one error type domain and data code throws for anything a user did wrong or cannot do.
 * `key` and `fields` name messages in the catalogue (zh-CN and English), so a form can show
 * each field's problem in the user's language.
 */
export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly kind: DomainErrorKind,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly fields: Partial<Record<string, MessageKey>> = {},
  ) {
    super(key);
  }
}

export const notFound = (entity: string, id: string) =>
  new DomainError("not_found", "error.not_found", { entity, id });
