/**
 * A case-insensitive "contains" filter for text a user typed into a search box. Prisma passes
 * `contains` to ILIKE as it is, so "50%" or "A_1" would act as wildcards; here `%`, `_` and the
 * escape character itself are matched literally. Every text search uses this.
 */
export function containsText(text: string): { contains: string; mode: "insensitive" } {
  return { contains: text.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" };
}
