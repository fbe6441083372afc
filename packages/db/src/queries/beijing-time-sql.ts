import { SHANGHAI_OFFSET_MS } from "@cw/domain";
import { Prisma } from "../generated/prisma/client.ts";

/**
 * A timestamptz column as Beijing wall-clock time (a timestamp without zone): the one way SQL
 * reads Beijing time, for weeks, days and years. The fixed +08:00 offset of the domain
 * (SHANGHAI_OFFSET_MS; no daylight saving since 1991) keeps it independent of the server's
 * time-zone data and of the session's zone. `column` is trusted SQL written in code.
 */
export function beijingTimeSql(column: Prisma.Sql): Prisma.Sql {
  const offset = Prisma.raw(`interval '${SHANGHAI_OFFSET_MS / 1000} seconds'`);
  return Prisma.sql`((${column} AT TIME ZONE 'UTC') + ${offset})`;
}
