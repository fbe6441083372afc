import { StartupError } from "../errors.ts";

/** Runs a command-line entry point: one-line message and exit code 1 on failure. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const message =
        error instanceof StartupError || error instanceof Error ? error.message : String(error);
      console.error(`error: ${message}`);
      process.exit(1);
    },
  );
}
