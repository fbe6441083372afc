// Citizen reports as the /report page sends them: a solved challenge each time, a device id.
import { randomBytes } from "node:crypto";
import type { Database } from "@cw/db";
import { solveProofOfWork } from "@cw/db/testing";
import type { PowChallenge, SubmitCitizenReportInput } from "@cw/domain";
import { callerContext } from "../../src/context.ts";
import { createCaller } from "../../src/router.ts";

export const newDeviceId = () => randomBytes(12).toString("hex");

/** The public caller as a request from `address` would build it (no session). */
export function publicCaller(
  db: Database,
  now: Date,
  address = "203.0.113.7",
  locale: "en" | "zh-CN" = "en",
) {
  return createCaller(callerContext(db, null, { now: () => now, address, locale }));
}

export async function solved(caller: ReturnType<typeof publicCaller>) {
  const challenge = (await caller.citizenReports.challenge()) as PowChallenge;
  return solveProofOfWork(challenge);
}

/** Submits a report with a fresh solved challenge; `input` overrides the defaults. */
export async function submitReport(
  caller: ReturnType<typeof publicCaller>,
  input: Partial<SubmitCitizenReportInput> & { siteId?: string },
) {
  return caller.citizenReports.submit({
    category: "public_environment",
    description: "垃圾桶满溢，无人清运",
    deviceId: newDeviceId(),
    photoIds: [],
    proofOfWork: await solved(caller),
    ...input,
  });
}
