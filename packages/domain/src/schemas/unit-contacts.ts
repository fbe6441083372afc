import { z } from "zod";
import { DomainError } from "../errors.ts";
import { contactRoleSchema } from "../notifications/vocabulary.ts";
import { idSchema } from "./common.ts";

const optionalText = (max: number, pattern?: RegExp, message = "field.invalid") => {
  let text = z.string().trim().max(max, "field.too_long");
  if (pattern) text = text.regex(pattern, message);
  return z
    .union([z.literal(""), text])
    .nullable()
    .optional()
    .transform((v) => (v === "" ? null : v));
};

/** A mainland mobile number (11 digits from 13x to 19x), the number SMS reminders go to. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
export const mobileSchema = optionalText(11, MOBILE_PATTERN, "field.invalid_mobile");
export const emailSchema = z
  .union([z.literal(""), z.email("field.invalid_email").max(254, "field.too_long")])
  .nullable()
  .optional()
  .transform((v) => (v === "" ? null : v));

/**
 * One head (负责人) or liaison (联络员) of a unit, as the admin form sends it: either a user of
 * the unit (`userId`; reached through their account and bell) or a person with a name and the
 * handles messages go to. `id` names an existing contact to keep; contacts left out are retired.
 */
export const unitContactInputSchema = z
  .object({
    id: idSchema.optional(),
    role: contactRoleSchema,
    userId: idSchema.nullable().optional(),
    name: z.string().trim().max(64, "field.too_long").optional(),
    mobile: mobileSchema,
    email: emailSchema,
    wecomId: optionalText(64),
    dingtalkId: optionalText(64),
  })
  .refine((c) => !!c.userId || !!c.name, { message: "field.required", path: ["name"] });
export type UnitContactInput = z.infer<typeof unitContactInputSchema>;

export const unitContactsInput = z.array(unitContactInputSchema).max(20);

export const unitContactSchema = z.object({
  id: z.uuid(),
  role: contactRoleSchema,
  userId: z.uuid().nullable(),
  name: z.string(),
  mobile: z.string().nullable(),
  email: z.string().nullable(),
  wecomId: z.string().nullable(),
  dingtalkId: z.string().nullable(),
});
export type UnitContactOutput = z.infer<typeof unitContactSchema>;

/** A unit has at most one head; any number of liaisons. */
export function assertOneHead(contacts: readonly Pick<UnitContactInput, "role">[]): void {
  const heads = contacts.filter((c) => c.role === "head").length;
  if (heads > 1) {
    throw new DomainError("bad_request", "unit.one_head", {}, { contacts: "unit.one_head" });
  }
}

/** A contact who is a user must be an active user of that unit. */
export function contactUserRefusal(
  user: { active: boolean; unitId: string | null } | null,
  unitId: string,
  index: number,
): DomainError | null {
  if (user?.active && user.unitId === unitId) return null;
  const field = `contacts.${index}.userId`;
  return new DomainError(
    "bad_request",
    "unit.contact_not_of_unit",
    {},
    { [field]: "unit.contact_not_of_unit" },
  );
}
