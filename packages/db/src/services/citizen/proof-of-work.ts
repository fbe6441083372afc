import { randomBytes } from "node:crypto";
import { CHALLENGE_TTL_MS, DomainError, type PowChallenge, type PowSolution } from "@cw/domain";
import { createChallenge, randomInt, verifySolution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { AnonymousServiceContext } from "../service-context.ts";

/**
 * ALTCHA proof of work on every public submission (decision 0026): the server signs a
 * challenge (altcha-lib v2, SHA-256 rounds), the phone searches the counter, the server checks
 * the signature and the key and accepts each solved challenge once. The secrets live in the
 * database, so every app server signs and checks alike; they are made on first use.
 */
const SECRET_KEY = "proof_of_work";
const ALGORITHM = "SHA-256";
/** About 10 000 hashes on average: a fraction of a second on a phone, costly by the thousand. */
const COUNTER_MIN = 5_000;
const COUNTER_MAX = 15_000;

interface PowSecrets {
  signature: string;
  key: string;
}

async function loadSecrets(prisma: PrismaClient): Promise<PowSecrets> {
  const read = () =>
    prisma.setting.findUnique({ where: { key: SECRET_KEY }, select: { value: true } });
  let row = await read();
  if (!row) {
    const value = {
      signature: randomBytes(32).toString("hex"),
      key: randomBytes(32).toString("hex"),
    };
    // Two servers starting at once: one insert wins, both read the winner.
    await prisma.setting.createMany({ data: [{ key: SECRET_KEY, value }], skipDuplicates: true });
    row = await read();
  }
  return row?.value as unknown as PowSecrets;
}

export async function issueChallenge(ctx: AnonymousServiceContext): Promise<PowChallenge> {
  const secrets = await loadSecrets(ctx.prisma);
  const challenge = await createChallenge({
    algorithm: ALGORITHM,
    cost: 1,
    counter: randomInt(COUNTER_MIN, COUNTER_MAX),
    deriveKey,
    // Signed with the challenge; checked against the request's clock, not the library's.
    data: { expires: ctx.now.getTime() + CHALLENGE_TTL_MS },
    hmacSignatureSecret: secrets.signature,
    hmacKeySignatureSecret: secrets.key,
  });
  return challenge as PowChallenge;
}

/**
 * Refuses a missing, forged, expired or already used solution. The expiry is in the signed
 * data and read against the request's clock (altcha-lib's own expiresAt reads the real clock,
 * which tests cannot pin).
 */
export async function assertProofOfWork(
  ctx: AnonymousServiceContext,
  payload: PowSolution | undefined,
): Promise<void> {
  if (!payload) throw new DomainError("bad_request", "citizen.challenge_required");
  const secrets = await loadSecrets(ctx.prisma);
  const expiresAt = Number(payload.challenge.parameters.data?.expires ?? 0);
  const result = await verifySolution({
    challenge: payload.challenge,
    solution: payload.solution,
    deriveKey,
    hmacSignatureSecret: secrets.signature,
    hmacKeySignatureSecret: secrets.key,
  }).catch(() => null);
  const expired = expiresAt <= ctx.now.getTime();
  if (!result?.verified || expired)
    throw new DomainError("bad_request", "citizen.challenge_invalid");
  // Once only: the signature is the challenge's identity until it expires.
  await ctx.prisma.proofOfWorkUse.deleteMany({ where: { expiresAt: { lt: ctx.now } } });
  const used = await ctx.prisma.proofOfWorkUse.createMany({
    data: [{ signature: payload.challenge.signature, expiresAt: new Date(expiresAt) }],
    skipDuplicates: true,
  });
  if (used.count !== 1) throw new DomainError("bad_request", "citizen.challenge_invalid");
}
