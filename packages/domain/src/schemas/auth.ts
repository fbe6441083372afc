import { z } from "zod";
import { roleSchema } from "../roles.ts";
import { textInput } from "./common.ts";

export const loginInputSchema = z.object({
  username: textInput().trim().min(1, "field.required").max(64, "field.too_long"),
  password: textInput().min(1, "field.required").max(256, "field.too_long"),
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
