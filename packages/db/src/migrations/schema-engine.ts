// Loads Prisma's official WebAssembly schema engine (the same Rust code as the native engine
// the Prisma CLI would download) and binds it to one of our driver adapters.
// The package is built for bundlers (it imports its .wasm as an ES module); Node 20 cannot do
// that without a flag, so we instantiate the module ourselves. See docs/decisions/0002.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

export type SchemaEngine = bg.SchemaEngine;

// @types/node 20 does not declare the WebAssembly global; this is the part we use.
interface WasmApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, unknown>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const { WebAssembly } = globalThis as unknown as { WebAssembly: WasmApi };

let loaded: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = require
      .resolve("@prisma/schema-engine-wasm/schema_engine_bg")
      .replace(/schema_engine_bg\.js$/, "schema_engine_bg.wasm");
    const bytes = await readFile(wasmPath);
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bg,
    });
    const exports = instance.exports as unknown as { __wbindgen_start: () => void };
    bg.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return loaded;
}

export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  datamodel: { path: string; content: string },
  log: (message: string) => void = () => {},
): Promise<SchemaEngine> {
  await loadWasm();
  const bound = bindMigrationAwareSqlAdapterFactory(adapterFactory);
  return bg.SchemaEngine.new({ datamodels: [[datamodel.path, datamodel.content]] }, log, bound);
}
