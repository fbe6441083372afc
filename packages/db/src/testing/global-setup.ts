// vitest's globalSetup: migrate once per run and let every test file copy the result.
import { prepareTestTemplates } from "./test-templates.ts";

export default async function setup(): Promise<() => Promise<void>> {
  return prepareTestTemplates();
}
