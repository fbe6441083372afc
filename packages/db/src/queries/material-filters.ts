import type { MaterialOverdueCriteria } from "@cw/domain";
import { toDateColumn } from "../date-columns.ts";
import type { Prisma } from "../generated/prisma/client.ts";

/**
 * The domain's materials-overdue rule (materialOverdueCriteria, isMaterialOverdue) translated
 * for the database, once. `not: null` is spelled out so that NOT(overdue) keeps requirements
 * without a due date (NOT of a NULL comparison would drop them).
 */
export function overdueRequirementWhere(
  c: MaterialOverdueCriteria,
): Prisma.MaterialRequirementWhereInput {
  return {
    status: { not: c.exceptStatus },
    dueDate: { not: null, lt: toDateColumn(c.dueDateBefore) },
  };
}
