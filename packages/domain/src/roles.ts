import { z } from "zod";

export const ROLES = ["admin", "coordinator", "inspector", "unit_officer", "leader"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Who is acting. Unit officers always belong to a unit; other roles may not. */
export interface Actor {
  id: string;
  role: Role;
  unitId: string | null;
  displayName: string;
}

/** Roles that may read everything (leaders change nothing). */
export const READ_ALL_ROLES = [
  "admin",
  "coordinator",
  "inspector",
  "leader",
] as const satisfies readonly Role[];
export const ALL_ROLES = ROLES;
