export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;
export function chunkClosure(
  manifest: Manifest,
  roots: Iterable<string>,
  options?: { dynamic?: boolean; known?: Iterable<string> },
): string[];
export function entryKeys(manifest: Manifest): string[];
export function chunkFiles(manifest: Manifest, keys: Iterable<string>): Set<string>;
export const SIGNED_IN_MODULES: readonly string[];
export const ANTD_PROVIDER: string;
export function screenTexts(lang: string): string[];
