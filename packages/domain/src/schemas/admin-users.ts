import { z } from "zod";
import { DomainError } from "../errors.ts";
import { LOCALES } from "../messages.ts";
import { type Role, roleSchema } from "../roles.ts";
import { phoneSchema } from "./admin-units.ts";
import { idSchema, pageInput, pageOutput, searchText, shortText, textInput } from "./common.ts";
import { emailSchema } from "./unit-contacts.ts";

/** The language of what the server sends the person (notifications, digests). */
export const localeSchema = z.enum(LOCALES);

/** OWASP ASVS V2.1.1: at least 12 characters (docs/decisions/0014). */
export const PASSWORD_MIN_LENGTH = 12;

export const usernameSchema = textInput()
  .trim()
  .min(1, "field.required")
  .max(64, "field.too_long")
  .regex(/^[A-Za-z0-9_.@-]+$/, "field.invalid_code");

// The minimum length is checked by assertPasswordLength, not here, because the message
// names the minimum and zod issues reach the client without parameters.
const passwordSchema = textInput().min(1, "field.required").max(256, "field.too_long");

export const createUserInputSchema = z.object({
  username: usernameSchema,
  displayName: shortText(64),
  phone: phoneSchema,
  email: emailSchema,
  locale: localeSchema.optional(),
  role: roleSchema,
  unitId: idSchema.nullable().optional(),
  password: passwordSchema,
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

/** Username and password have their own paths: usernames are fixed, passwords are reset. */
export const updateUserInputSchema = z.object({
  id: idSchema,
  displayName: shortText(64).optional(),
  phone: phoneSchema,
  email: emailSchema,
  locale: localeSchema.optional(),
  role: roleSchema.optional(),
  unitId: idSchema.nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

export const resetPasswordInputSchema = z.object({ id: idSchema, password: passwordSchema });

export const listUsersInputSchema = z.object({
  role: roleSchema.optional(),
  unitId: idSchema.optional(),
  active: z.boolean().optional(),
  /** Matches username or display name. */
  text: searchText().optional(),
  ...pageInput,
});
export type ListUsersInput = z.infer<typeof listUsersInputSchema>;

export const userIdInput = z.object({ id: idSchema });

/** A user as admins see them; never the password hash. */
export const adminUserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  locale: localeSchema,
  role: roleSchema,
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  active: z.boolean(),
  /** An account of the demo city (its password is published): the list marks it. */
  isDemo: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;
export const userListOutputSchema = pageOutput(adminUserSchema);

export function assertPasswordLength(password: string): void {
  // Count characters, not UTF-16 units, so a Chinese passphrase is measured as typed.
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    throw new DomainError(
      "bad_request",
      "user.password_too_short",
      { min: PASSWORD_MIN_LENGTH },
      { password: "user.password_too_short" },
    );
  }
}

/** Unit officers act for one unit; without it they could see no task at all. */
export function assertUnitForRole(role: Role, unitId: string | null): void {
  if (role === "unit_officer" && !unitId) {
    throw new DomainError(
      "bad_request",
      "user.unit_required",
      {},
      {
        unitId: "user.unit_required",
      },
    );
  }
}
