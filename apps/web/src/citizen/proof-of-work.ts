import type { PowChallenge, PowSolution } from "@cw/domain";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/web/sha";

/**
 * Solves the server's ALTCHA challenge in the page (altcha-lib's solver with WebCrypto's
 * SHA-256; decision 0026): a fraction of a second on a phone, no third-party service.
 */
export async function solveProofOfWork(challenge: PowChallenge): Promise<PowSolution> {
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error("proof of work not found");
  return { challenge, solution };
}
