// Inputs for the fuzz test, generated from a procedure's own zod input schema: mostly values
// of the right shape (so calls reach the services and the database), with hostile ones mixed
// in at every level — NUL and lone surrogates, LIKE wildcards, dates outside what PostgreSQL
// and JavaScript can hold, huge and non-finite numbers, wrong types, missing and extra keys.
import fc from "fast-check";
import type { z } from "zod";

/** Ids that exist in the test database, by what they name (`findingId` → "finding"). */
export type IdPool = Record<string, string[]>;

const HOSTILE_TEXT = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDC00",
  "\uDBFF\uDBFF",
  "%",
  "_",
  "%_%\\",
  "'; DROP TABLE finding; --",
  "\u202E反转",
  "😀",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "null",
  "x".repeat(70),
  "长".repeat(2100),
];
const HOSTILE_DATES = [
  "0000-01-01",
  "1899-12-31",
  "2101-01-01",
  "9999-12-31",
  "2026-02-30",
  "2026-13-01",
  "+010000-01-01T00:00:00.000Z",
  "-000001-01-01T00:00:00.000Z",
  "+275760-09-13T00:00:00.000Z",
  "1900-01-01T00:00:00+08:00",
  "2100-12-31T23:59:59.999+08:00",
];
const PLAUSIBLE_TEXT = [
  "巡查发现",
  "public_order",
  "A-1",
  "test",
  "2026-11-20",
  "1.2.3",
  "abc_def",
];
const HOSTILE_NUMBERS = [
  0,
  -1,
  1,
  0.5,
  -0,
  2026,
  2100,
  1e9,
  -1e9,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];
const HOSTILE_DATE_OBJECTS = [
  new Date(Number.NaN),
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date("+010000-01-01T00:00:00.000Z"),
  new Date("0000-01-01T00:00:00.000Z"),
  new Date("1899-12-31T15:59:59.999Z"),
  new Date("2101-01-01T00:00:00.000Z"),
];
/** Any value of the wrong kind. */
const wrongKind = fc.constantFrom<unknown>(null, undefined, 0, true, "x", [], {}, [null], {
  __proto__: { polluted: true },
});

type Def = {
  type: string;
  format?: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  in?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  checks?: { _zod: { def: { check: string; maximum?: number; minimum?: number } } }[];
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function maxLength(def: Def): number | undefined {
  return def.checks?.map((c) => c._zod.def).find((c) => c.check === "max_length")?.maximum;
}

function idsFor(key: string, pool: IdPool): string[] {
  const name = key.replace(/Ids?$/, "").toLowerCase();
  return pool[name] ?? pool.all ?? [];
}

function stringArb(def: Def, key: string, pool: IdPool): fc.Arbitrary<unknown> {
  if (def.format === "uuid") {
    const known = idsFor(key, pool);
    return fc.oneof(
      { weight: 4, arbitrary: known.length ? fc.constantFrom(...known) : fc.uuid() },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
    );
  }
  if (def.format === "date" || def.format === "datetime")
    return fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom("2026-11-20", "2026-01-01", "2025-12-31") },
      { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_DATES) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
    );
  if (def.format === "base64")
    return fc.oneof(
      fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString("base64")),
      fc.constantFrom(...HOSTILE_TEXT),
    );
  const max = maxLength(def);
  const longer = max !== undefined && max < 5000 ? ["y".repeat(max + 1)] : [];
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE_TEXT) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT, ...longer) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
    {
      weight: 2,
      arbitrary: fc.string({
        unit: fc.constantFrom("a", "\u0000", "\uD800", "\uDC00", "%", "_", "\\", "'", "长"),
        maxLength: 8,
      }),
    },
  );
}

/** An arbitrary of inputs for `schema`; `key` is the field it sits in (to pick ids). */
export function hostileInput(
  schema: z.ZodType,
  pool: IdPool,
  key = "",
  depth = 0,
): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const own = ownArbitrary(def, pool, key, depth);
  return fc.oneof({ weight: 6, arbitrary: own }, { weight: 1, arbitrary: wrongKind });
}

function ownArbitrary(def: Def, pool: IdPool, key: string, depth: number): fc.Arbitrary<unknown> {
  const inner = (s: z.ZodType, k = key) => hostileInput(s, pool, k, depth + 1);
  switch (def.type) {
    case "string":
      return stringArb(def, key, pool);
    case "number":
      return fc.oneof(fc.integer({ min: -2, max: 60 }), fc.constantFrom(...HOSTILE_NUMBERS));
    case "boolean":
      return fc.boolean();
    case "date":
      return fc.oneof(
        fc.date({ min: new Date("1800-01-01"), max: new Date("2200-01-01"), noInvalidDate: true }),
        fc.constantFrom<unknown>(...HOSTILE_DATE_OBJECTS, ...HOSTILE_DATES),
      );
    case "enum":
      return fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...Object.values(def.entries ?? {})) },
        { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
      );
    case "literal":
      return fc.constantFrom(...(def.values ?? [null]));
    case "object": {
      const shape = def.shape ?? {};
      const fields = Object.fromEntries(
        Object.entries(shape).map(([k, s]) => [k, inner(s, k)]),
      ) as Record<string, fc.Arbitrary<unknown>>;
      const keys = Object.keys(shape);
      return fc.oneof(
        { weight: 6, arbitrary: fc.record(fields, { requiredKeys: keys }) },
        { weight: 2, arbitrary: fc.record(fields, { requiredKeys: [] }) },
        {
          weight: 1,
          arbitrary: fc
            .record(fields, { requiredKeys: keys })
            .map((o) => ({ ...o, unexpected: "\u0000" })),
        },
      );
    }
    case "optional":
    case "default":
    case "prefault":
      return fc.option(inner(def.innerType as z.ZodType), { nil: undefined, freq: 3 });
    case "nullable":
      return fc.option(inner(def.innerType as z.ZodType), { nil: null, freq: 3 });
    case "readonly":
    case "catch":
    case "nonoptional":
      return inner(def.innerType as z.ZodType);
    case "array":
      return depth > 6
        ? fc.constant([])
        : fc.array(inner(def.element as z.ZodType), { maxLength: 3 });
    case "union":
      return fc.oneof(...(def.options ?? []).map((o) => inner(o)));
    case "tuple":
      return fc.tuple(...(def.items ?? []).map((s) => inner(s)));
    case "record":
      return fc.dictionary(
        fc.oneof(fc.constantFrom(...PLAUSIBLE_TEXT), fc.constantFrom(...HOSTILE_TEXT)),
        inner(def.valueType as z.ZodType),
        { maxKeys: 3 },
      );
    case "pipe":
      return inner(def.in as z.ZodType);
    case "void":
    case "undefined":
      return fc.constant(undefined);
    default:
      return fc.anything({ maxDepth: 2 });
  }
}
