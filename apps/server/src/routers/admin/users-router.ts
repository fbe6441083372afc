import { createUser, getUser, listUsers, resetUserPassword, updateUser } from "@cw/db";
import {
  adminUserSchema,
  createUserInputSchema,
  listUsersInputSchema,
  resetPasswordInputSchema,
  updateUserInputSchema,
  userIdInput,
  userListOutputSchema,
} from "@cw/domain";
import { allow, router } from "../../trpc.ts";

// Coordinators read users to choose task owners; only admins change accounts.
export const usersRouter = router({
  list: allow("admin", "coordinator")
    .input(listUsersInputSchema)
    .output(userListOutputSchema)
    .query(({ ctx, input }) => listUsers(ctx.svc, input)),

  get: allow("admin", "coordinator")
    .input(userIdInput)
    .output(adminUserSchema)
    .query(({ ctx, input }) => getUser(ctx.svc, input)),

  create: allow("admin")
    .input(createUserInputSchema)
    .output(adminUserSchema)
    .mutation(({ ctx, input }) => createUser(ctx.svc, input)),

  update: allow("admin")
    .input(updateUserInputSchema)
    .output(adminUserSchema)
    .mutation(({ ctx, input }) => updateUser(ctx.svc, input)),

  resetPassword: allow("admin")
    .input(resetPasswordInputSchema)
    .output(adminUserSchema)
    .mutation(({ ctx, input }) => resetUserPassword(ctx.svc, input)),
});
