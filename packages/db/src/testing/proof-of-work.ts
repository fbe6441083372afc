import type { PowChallenge, PowSolution } from "@cw/domain";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";

/** Solves a challenge as the report page does (tests and scripts; the page uses WebCrypto). */
export async function solveProofOfWork(challenge: PowChallenge): Promise<PowSolution> {
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error("the challenge could not be solved");
  return { challenge, solution };
}
