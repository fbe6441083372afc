import { z } from "zod";
import { REPORT_DESCRIPTION_MAX, REPORT_PHOTOS_MAX } from "../citizen/limits.ts";
import { TRACKING_CODE_PATTERN } from "../citizen/report-rules.ts";
import {
  citizenBlockKindSchema,
  citizenReportSourceSchema,
  citizenReportStatusSchema,
  PUBLIC_REPORT_STAGES,
  satisfactionAnswerSchema,
} from "../citizen/vocabulary.ts";
import { findingStatusSchema } from "../finding-status.ts";
import {
  idSchema,
  latitudeSchema,
  longitudeSchema,
  longText,
  pageInput,
  pageOutput,
  shortText,
  textInput,
} from "./common.ts";
import { MOBILE_PATTERN } from "./unit-contacts.ts";

// ---- public: the /report page (no session) ----------------------------------------------------

/** An ALTCHA proof-of-work challenge (altcha-lib v2's Challenge, signed by the server). */
export const powChallengeSchema = z.object({
  parameters: z.object({
    algorithm: z.string().max(32),
    nonce: z.string().max(128),
    salt: z.string().max(128),
    cost: z.number().int(),
    keyLength: z.number().int(),
    keyPrefix: z.string().max(128),
    keySignature: z.string().max(256).optional(),
    data: z.object({ expires: z.number() }),
  }),
  signature: z.string().max(256),
});
export type PowChallenge = z.infer<typeof powChallengeSchema>;

/** The challenge with what the phone found: the counter and the derived key. */
export const powSolutionSchema = z.object({
  challenge: powChallengeSchema,
  solution: z.object({
    counter: z.number().int().min(0),
    derivedKey: z.string().max(256),
    time: z.number().optional(),
  }),
});
export type PowSolution = z.infer<typeof powSolutionSchema>;

export const deviceIdSchema = textInput()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, "field.invalid")
  .describe("the phone's own random id (localStorage)");

export const reporterMobileSchema = textInput()
  .trim()
  .regex(MOBILE_PATTERN, "field.invalid_mobile");

export const submitCitizenReportInputSchema = z
  .object({
    category: shortText(64),
    description: shortText(REPORT_DESCRIPTION_MAX),
    siteId: idSchema.optional(),
    latitude: latitudeSchema.optional(),
    longitude: longitudeSchema.optional(),
    /** Ids from POST /api/public/photos, sent just before. */
    photoIds: z.array(idSchema).max(REPORT_PHOTOS_MAX, "citizen.too_many_photos").default([]),
    mobile: reporterMobileSchema.optional(),
    deviceId: deviceIdSchema,
    proofOfWork: powSolutionSchema.optional(),
  })
  .refine((r) => (r.latitude === undefined) === (r.longitude === undefined), {
    message: "field.invalid_coordinate",
    path: ["latitude"],
  })
  .refine((r) => r.siteId !== undefined || r.latitude !== undefined, {
    message: "citizen.place_required",
    path: ["siteId"],
  });
export type SubmitCitizenReportInput = z.infer<typeof submitCitizenReportInputSchema>;

export const submittedReportSchema = z.object({ trackingCode: z.string() });
export type SubmittedReport = z.infer<typeof submittedReportSchema>;

export const trackingCodeSchema = textInput()
  .trim()
  .transform((code) => code.toUpperCase())
  .pipe(z.string().regex(TRACKING_CODE_PATTERN, "citizen.code_invalid"));

export const reportStatusInputSchema = z.object({ trackingCode: trackingCodeSchema });

/** The public status page: plain state, never the number nor anything staff-only. */
export const publicReportStatusSchema = z.object({
  trackingCode: z.string(),
  stage: z.enum(PUBLIC_REPORT_STAGES),
  categoryName: z.string(),
  description: z.string(),
  receivedAt: z.date(),
  rejectReason: z.string().nullable(),
  closedAt: z.date().nullable(),
  /** The after photos once the finding closed (served by /api/public/reports/:code/photos/:id). */
  afterPhotoIds: z.array(z.uuid()),
  /** 解决了吗? may be answered now. */
  canAnswer: z.boolean(),
  answer: satisfactionAnswerSchema.nullable(),
});
export type PublicReportStatus = z.infer<typeof publicReportStatusSchema>;

export const answerReportInputSchema = z.object({
  trackingCode: trackingCodeSchema,
  answer: satisfactionAnswerSchema,
  note: longText(REPORT_DESCRIPTION_MAX).optional(),
});

/** The page's lists: the city's categories and its sites (names only). */
export const reportFormOptionsSchema = z.object({
  categories: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string() })),
  sites: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      address: z.string(),
      // Where the site is, for the report page's map (a tap places the problem).
      latitude: z.number(),
      longitude: z.number(),
    }),
  ),
  maxPhotoBytes: z.number().int(),
});
export type ReportFormOptions = z.infer<typeof reportFormOptionsSchema>;

// ---- coordinators: triage -----------------------------------------------------------------------

export const triageListInputSchema = z.object({
  status: citizenReportStatusSchema.default("received"),
  ...pageInput,
});

export const triageReportSchema = z.object({
  id: z.uuid(),
  trackingCode: z.string(),
  source: citizenReportSourceSchema,
  status: citizenReportStatusSchema,
  category: z.string(),
  categoryName: z.string(),
  description: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  siteId: z.uuid().nullable(),
  siteName: z.string().nullable(),
  addressText: z.string().nullable(),
  /** Masked (138****5678); the full number is never sent to a screen. */
  mobileMasked: z.string().nullable(),
  hasDevice: z.boolean(),
  systemName: z.string().nullable(),
  photoIds: z.array(z.uuid()),
  receivedAt: z.date(),
  reopenNote: z.string().nullable(),
  rejectReason: z.string().nullable(),
  findingId: z.uuid().nullable(),
  findingCode: z.string().nullable(),
});
export type TriageReport = z.infer<typeof triageReportSchema>;
export const triageListOutputSchema = pageOutput(triageReportSchema);

export const reportIdInputSchema = z.object({ reportId: idSchema });

export const nearbyFindingSchema = z.object({
  findingId: z.uuid(),
  code: z.string(),
  description: z.string(),
  siteName: z.string(),
  status: findingStatusSchema,
  /** Metres from the report, null when only the site matched. */
  distanceMeters: z.number().int().nullable(),
  sameSite: z.boolean(),
});
export type NearbyFinding = z.infer<typeof nearbyFindingSchema>;

export const acceptReportInputSchema = z.object({
  reportId: idSchema,
  /** The site the finding belongs to: the report's, or the coordinator's choice. */
  siteId: idSchema.optional(),
  category: shortText(64).optional(),
  description: shortText(2000).optional(),
});
export const rejectReportInputSchema = z.object({
  reportId: idSchema,
  reason: shortText(200),
});
export const mergeReportInputSchema = z.object({ reportId: idSchema, findingId: idSchema });
export const triageResultSchema = z.object({
  reportId: z.uuid(),
  status: citizenReportStatusSchema,
  findingId: z.uuid().nullable(),
  findingCode: z.string().nullable(),
});

export const blockReporterInputSchema = z.object({
  reportId: idSchema,
  kind: citizenBlockKindSchema,
  reason: shortText(200),
});

export const triageMetricsSchema = z.object({
  received: z.number().int(),
  accepted: z.number().int(),
  merged: z.number().int(),
  rejected: z.number().int(),
  waiting: z.number().int(),
  /** Median minutes from receipt to the first triage decision, null before any. */
  medianTriageMinutes: z.number().nullable(),
});

export const unitSatisfactionSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  answers: z.number().int(),
  fixed: z.number().int(),
  /** fixed / answers from the minimum sample on, else null (no ranking on a few answers). */
  share: z.number().nullable(),
});
export const unitSatisfactionOutputSchema = z.object({
  minSample: z.number().int(),
  units: z.array(unitSatisfactionSchema),
});
