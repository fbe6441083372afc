import { z } from "zod";
import { roleSchema } from "../roles.ts";
import { textInput } from "./common.ts";

/** A 6-digit TOTP code (RFC 6238, as authenticator apps show it). */
export const totpCodeSchema = textInput()
  .trim()
  .regex(/^\d{6}$/, "auth.totp_wrong");

export const loginInputSchema = z.object({
  username: textInput().trim().min(1, "field.required").max(64, "field.too_long"),
  password: textInput().min(1, "field.required").max(256, "field.too_long"),
  /** Asked for (auth.totp_required) when the account has two-step sign-in on. */
  totpCode: totpCodeSchema.optional(),
});

export const totpCodeInputSchema = z.object({ code: totpCodeSchema });

/** Two-step sign-in for admins and coordinators (docs/decisions/0019-totp.md). */
export const totpStatusSchema = z.object({ enabled: z.boolean(), allowed: z.boolean() });

/** Shown once at enrolment: the secret is stored sealed and never shown again. */
export const totpEnrolmentSchema = z.object({
  secret: z.string(),
  uri: z.string(),
  /** The otpauth URI as a PNG QR code (data: URL), for the account screen. */
  qrDataUrl: z.string(),
});

export const currentUserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  /** Set for accounts an admin created or reset: the app shows only the change-password form. */
  mustChangePassword: z.boolean().default(false),
});

export const changePasswordInputSchema = z.object({
  currentPassword: textInput().min(1, "field.required").max(256, "field.too_long"),
  newPassword: textInput().min(1, "field.required").max(256, "field.too_long"),
});
export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;
export type CurrentUser = z.infer<typeof currentUserSchema>;
