/**
 * A fault the operator must fix before the server can run (bad configuration, unreachable
 * database, failed migration, unreadable data directory). The message is one line, in plain
 * words, and names what to fix; entry points print it and exit non-zero.
 */
export class StartupError extends Error {
  override name = "StartupError";
}
