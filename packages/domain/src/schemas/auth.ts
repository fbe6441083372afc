import { z } from "zod";
import { roleSchema } from "../roles.ts";

export const loginInputSchema = z.object({
  username: z.string().trim().min(1, "field.required").max(64),
  password: z.string().min(1, "field.required").max(256),
});

export const currentUserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;
