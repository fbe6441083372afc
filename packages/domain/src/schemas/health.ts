import { z } from "zod";

export const healthSchema = z.object({
  ok: z.boolean(),
  database: z.enum(["pglite", "postgres"]),
  migrations: z.object({
    current: z.boolean(),
    pending: z.array(z.string()),
    failed: z.array(z.string()),
  }),
});
export type Health = z.infer<typeof healthSchema>;
