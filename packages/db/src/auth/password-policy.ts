import { assertPasswordLength, DomainError } from "@cw/domain";
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

// The password policy after OWASP ASVS V2.1 (docs/decisions/0014): at least 12 characters
// (assertPasswordLength, in the domain so forms can show the minimum), and not guessable as
// a strength estimator sees it — common and breached-style passwords, repeats, sequences,
// keyboard walks, the user's own name. zxcvbn's score runs 0–4; 3 means "safely
// unguessable: moderate protection from an offline slow-hash scenario" (its own words).
export const MIN_PASSWORD_SCORE = 3;
/** Beyond this the estimator's work grows and any such password is long enough anyway. */
const ESTIMATE_AT_MOST = 100;
/** Words that belong to this product: a password made of them is guessable here. */
const PRODUCT_WORDS = ["chuangwen", "wenming", "civilized", "huayin", "cwtracker", "demo"];

let estimator: Promise<ZxcvbnFactory> | null = null;
function zxcvbn(): Promise<ZxcvbnFactory> {
  // Loaded and built on first use: the dictionaries are ~20 MB of a server's memory that only
  // a password change needs (docs/performance.md, "Memory").
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
  })();
  return estimator;
}

/** Throws a field error unless `password` meets the policy; `personal` are the user's names. */
export async function assertPasswordPolicy(
  password: string,
  personal: readonly string[] = [],
): Promise<void> {
  assertPasswordLength(password);
  const sample = [...password].slice(0, ESTIMATE_AT_MOST).join("");
  const { score } = (await zxcvbn()).check(sample, [...personal.filter(Boolean), ...PRODUCT_WORDS]);
  if (score < MIN_PASSWORD_SCORE)
    throw new DomainError(
      "bad_request",
      "user.password_weak",
      {},
      { password: "user.password_weak" },
    );
}
