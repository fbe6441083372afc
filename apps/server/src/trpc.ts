import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import type { AppContext } from "./context.ts";

const t = initTRPC.context<AppContext>().create({
  // Dates cross the wire as dates, not strings.
  transformer: superjson,
  errorFormatter({ shape }) {
    // Never ship server stack traces to browsers.
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, data };
  },
});

export const router = t.router;
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;
