import { z } from "zod";
import { pageInput, pageOutput, searchText } from "./common.ts";

export const SECURITY_EVENT_KINDS = [
  "sign_in_succeeded",
  "sign_in_failed",
  "locked_out",
  "refused_locked",
  "password_changed",
] as const;
export const securityEventKindSchema = z.enum(SECURITY_EVENT_KINDS, "field.invalid");
export type SecurityEventKind = z.infer<typeof securityEventKindSchema>;

/** The security log as admins read it, newest first. */
export const listSecurityEventsInputSchema = z.object({
  kind: securityEventKindSchema.optional(),
  /** The username as typed at sign-in (exact, case-insensitive). */
  username: searchText(64).optional(),
  ...pageInput,
});
export type ListSecurityEventsInput = z.infer<typeof listSecurityEventsInputSchema>;

export const securityEventSchema = z.object({
  id: z.string(),
  at: z.date(),
  kind: securityEventKindSchema,
  username: z.string(),
  userId: z.uuid().nullable(),
  address: z.string().nullable(),
});
export const securityEventListSchema = pageOutput(securityEventSchema);
