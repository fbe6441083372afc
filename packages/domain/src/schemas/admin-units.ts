import { z } from "zod";
import { DomainError } from "../errors.ts";
import { unitKindSchema } from "../finding-vocabulary.ts";
import { idSchema, shortText, textInput } from "./common.ts";
import { unitContactSchema, unitContactsInput } from "./unit-contacts.ts";

/** Codes are typed by admins and appear in reports and exports, so keep them plain. */
export const codeSchema = (max = 32) =>
  textInput()
    .trim()
    .min(1, "field.required")
    .max(max, "field.too_long")
    .regex(/^[A-Za-z0-9_.-]+$/, "field.invalid_code");

/** An optional text a form may clear: "" is stored as null, not as an empty string. */
export const clearableText = (max = 64) =>
  textInput()
    .trim()
    .max(max, "field.too_long")
    .nullable()
    .optional()
    .transform((v) => (v === "" ? null : v));

export const phoneSchema = textInput()
  .trim()
  .max(32, "field.too_long")
  .regex(/^[0-9+()\- ]*$/, "field.invalid")
  .nullable()
  .optional()
  .transform((v) => (v === "" ? null : v));

export const activeFilterInput = z.object({ active: z.boolean().optional() }).default({});

const unitFields = {
  code: codeSchema(),
  name: shortText(100),
  kind: unitKindSchema,
  /** The unit above this one (a street office under a district), or none. */
  parentId: idSchema.nullable().optional(),
  /** Its head and liaisons; when given, the unit's whole list (contacts left out are retired). */
  contacts: unitContactsInput.optional(),
};

export const createUnitInputSchema = z.object(unitFields);
export type CreateUnitInput = z.infer<typeof createUnitInputSchema>;
export const updateUnitInputSchema = z
  .object(unitFields)
  .partial()
  .extend({ id: idSchema, active: z.boolean().optional() });
export type UpdateUnitInput = z.infer<typeof updateUnitInputSchema>;
export const listUnitsInputSchema = activeFilterInput;

export const unitSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: unitKindSchema,
  parentId: z.uuid().nullable(),
  /** The head first, then the liaisons, in the order they were added. */
  contacts: z.array(unitContactSchema),
  active: z.boolean(),
});
export type UnitOutput = z.infer<typeof unitSchema>;
export const unitListOutputSchema = z.array(unitSchema);

/**
 * A unit cannot sit under itself. `ancestors` are the new parent's chain upwards (parent
 * first), so a unit that appears there would make a loop in the tree.
 */
export function assertNoUnitCycle(unitId: string, parentId: string, ancestors: string[]): void {
  if (parentId === unitId || ancestors.includes(unitId)) {
    throw new DomainError(
      "bad_request",
      "admin.parent_cycle",
      {},
      {
        parentId: "admin.parent_cycle",
      },
    );
  }
}

const gridFields = {
  code: codeSchema(),
  name: shortText(100),
  /** The unit that runs the grid (often a street office), if any. */
  unitId: idSchema.nullable().optional(),
};
export const createGridInputSchema = z.object(gridFields);
export type CreateGridInput = z.infer<typeof createGridInputSchema>;
export const updateGridInputSchema = z.object(gridFields).partial().extend({ id: idSchema });
export type UpdateGridInput = z.infer<typeof updateGridInputSchema>;
export const listGridsInputSchema = z.object({ unitId: idSchema.optional() }).default({});

export const gridSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  /** Active sites in the grid. */
  siteCount: z.number().int().nonnegative(),
});
export type GridOutput = z.infer<typeof gridSchema>;
export const gridListOutputSchema = z.array(gridSchema);

/** Puts sites into a grid (taking them out of any other), or out of every grid with null. */
export const assignGridSitesInputSchema = z.object({
  gridId: idSchema.nullable(),
  siteIds: z.array(idSchema).min(1).max(500),
});
export type AssignGridSitesInput = z.infer<typeof assignGridSitesInputSchema>;
export const assignGridSitesOutputSchema = z.object({
  /** Sites whose grid changed; sites already there are left as they are. */
  moved: z.number().int().nonnegative(),
});
