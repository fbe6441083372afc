import type { Role } from "@cw/domain";
import { hashPassword } from "../auth/password.ts";
import { userRecord } from "../factories/records.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { SignedInUser } from "../services/sessions.ts";

export const TEST_PASSWORD = "test-password-1";
let hash: Promise<string> | undefined;

/** Creates a user with this role (and unit) and returns them as a signed-in actor. */
export async function createTestUser(
  prisma: PrismaClient,
  role: Role,
  unitId: string | null = null,
  username?: string,
): Promise<SignedInUser> {
  hash ??= hashPassword(TEST_PASSWORD);
  const record = userRecord({
    role,
    unitId,
    passwordHash: await hash,
    ...(username ? { username } : {}),
  });
  await prisma.user.create({ data: record });
  return {
    id: record.id,
    username: record.username,
    displayName: record.displayName,
    role,
    unitId,
    unitName: null,
  };
}
