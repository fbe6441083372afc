import { listSecurityEvents } from "@cw/db";
import { listSecurityEventsInputSchema, securityEventListSchema } from "@cw/domain";
import { allow, router } from "../trpc.ts";

// The security log: who signed in, who failed, which accounts and addresses were locked.
export const securityLogRouter = router({
  list: allow("admin")
    .input(listSecurityEventsInputSchema)
    .output(securityEventListSchema)
    .query(({ ctx, input }) => listSecurityEvents(ctx.svc, input)),
});
