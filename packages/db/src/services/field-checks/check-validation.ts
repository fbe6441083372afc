import { DomainError, type MessageKey, type RecordChecksInput } from "@cw/domain";
import { fieldStandardsWhere } from "../../queries/field-checks.ts";
import type { Tx } from "../audit.ts";

export interface CheckContext {
  inspectionKind: string;
  standards: Map<string, { code: string; text: string }>;
}

/**
 * Everything a recording refers to, checked before anything is written, so that one bad
 * entry refuses the whole request with a message on each field at fault.
 */
export async function validateChecks(tx: Tx, input: RecordChecksInput): Promise<CheckContext> {
  const fields: Record<string, MessageKey> = {};
  // One query at a time: a transaction is one connection, and pg refuses to interleave.
  const inspection = await tx.inspection.findUnique({
    where: { id: input.inspectionId },
    select: { kind: true, sites: { where: { siteId: input.siteId }, select: { siteId: true } } },
  });
  const site = await tx.site.findUnique({
    where: { id: input.siteId },
    select: { siteTypeId: true, active: true },
  });
  if (!inspection) fields.inspectionId = "error.reference_missing";
  if (!site?.active) fields.siteId = "error.reference_missing";
  else if (inspection && inspection.sites.length === 0) {
    fields.siteId = "field_check.site_not_in_inspection";
  }
  if (!inspection || !site?.active) throw refusal(fields);

  const ids = [...new Set(input.results.map((r) => r.standardId))];
  const failures = input.results.filter((r) => r.result === "fail");
  const photoIds = [...new Set(failures.flatMap((r) => r.photoIds))];
  const categories = [...new Set(failures.flatMap((r) => (r.category ? [r.category] : [])))];
  const standards = await tx.assessmentStandard.findMany({
    where: { AND: [{ id: { in: ids } }, fieldStandardsWhere(site.siteTypeId)] },
    select: { id: true, code: true, text: true },
  });
  const photos = await tx.photo.findMany({ where: { id: { in: photoIds } }, select: { id: true } });
  const known = await tx.findingCategory.findMany({
    where: { code: { in: categories }, active: true },
    select: { code: true },
  });
  const applicable = new Map(standards.map((s) => [s.id, { code: s.code, text: s.text }]));
  const seen = new Set<string>();
  let missingPhoto = "";
  input.results.forEach((entry, i) => {
    const at = `results.${i}`;
    if (seen.has(entry.standardId)) fields[`${at}.standardId`] = "field_check.duplicate_standard";
    else if (!applicable.has(entry.standardId)) {
      fields[`${at}.standardId`] = "field_check.standard_not_applicable";
    }
    seen.add(entry.standardId);
    if (entry.result !== "fail") {
      if (entry.photoIds.length > 0) fields[`${at}.photoIds`] = "field_check.photos_only_on_fail";
      return;
    }
    if (!entry.category) fields[`${at}.category`] = "field.required";
    else if (!known.some((c) => c.code === entry.category)) {
      fields[`${at}.category`] = "error.reference_missing";
    }
    const missing = entry.photoIds.find((id) => !photos.some((p) => p.id === id));
    if (missing) {
      fields[`${at}.photoIds`] = "photo.not_found";
      missingPhoto ||= missing;
    }
  });
  if (Object.keys(fields).length > 0) throw refusal(fields, missingPhoto);
  return { inspectionKind: inspection.kind, standards: applicable };
}

/** One refusal listing every field at fault, each with its own message. */
function refusal(fields: Record<string, MessageKey>, missingPhoto = ""): DomainError {
  const field = Object.keys(fields)[0] ?? "";
  return new DomainError("bad_request", "error.invalid_input", { field, id: missingPhoto }, fields);
}
