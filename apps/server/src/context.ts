import type { Database } from "@cw/db";

/** What every procedure can use. The clock is injectable so tests can pin "now". */
export interface AppContext {
  db: Database;
  now: () => Date;
}

export function createContextFactory(db: Database, now: () => Date = () => new Date()) {
  return (): AppContext => ({ db, now });
}
