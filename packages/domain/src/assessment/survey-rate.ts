import { z } from "zod";

/** z for a two-sided 95% interval (the 97.5th percentile of the standard normal). */
const Z95 = 1.959963984540054;

/**
 * A survey rate (知晓率, 参与率, 支持率, 满意度): the share of positive answers among the
 * answered ones. Below the configured minimum sample it carries no number at all, so no
 * screen can show "100%" from three answers.
 */
export const surveyRateSchema = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("ok"),
    /** Answered (not blank) answers. */
    n: z.number().int().nonnegative(),
    positive: z.number().int().nonnegative(),
    /** positive / n, 0…1. */
    rate: z.number().min(0).max(1),
    /** The 95% Wilson score interval, 0…1. */
    ciLow: z.number().min(0).max(1),
    ciHigh: z.number().min(0).max(1),
  }),
  z.object({
    status: z.literal("sample_too_small"),
    n: z.number().int().nonnegative(),
    minimum: z.number().int().positive(),
  }),
]);
export type SurveyRate = z.infer<typeof surveyRateSchema>;

export interface RateInterval {
  low: number;
  high: number;
}

/**
 * The 95% Wilson score interval for `positive` successes in `n` trials.
 *
 * Why not the usual normal approximation p ± z·√(p(1−p)/n)? Survey rates in this campaign
 * are often near 100% (cities aim for awareness above 90–95%) and are often taken on small
 * samples (one street, one school). There the normal interval breaks down: at 30/30 it is
 * [100%, 100%] (zero width, as if certain), at 29/30 its upper end passes 100%, and at 0/n it
 * is [0, 0]. Wilson's interval inverts the score test instead, stays inside [0, 1], is never
 * zero-width, and keeps close to its nominal 95% coverage for small n and extreme p.
 */
export function wilsonInterval(positive: number, n: number, z = Z95): RateInterval {
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`n must be a positive integer: ${n}`);
  if (!Number.isInteger(positive) || positive < 0 || positive > n)
    throw new RangeError(`positive must be an integer in 0…n: ${positive}`);
  const p = positive / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0/n and n/n the bound is exactly 0 or 1; floating point would leave ±1e-17 there.
  return {
    low: positive === 0 ? 0 : Math.max(0, centre - half),
    high: positive === n ? 1 : Math.min(1, centre + half),
  };
}

/**
 * The rate of `positive` among `answered` answers, or "sample too small" when fewer than
 * `minimum` were answered (the admin's `minSurveySample`; at least 1, so n = 0 never divides).
 */
export function surveyRate(positive: number, answered: number, minimum: number): SurveyRate {
  const floor = Math.max(1, Math.ceil(minimum));
  if (answered < floor) return { status: "sample_too_small", n: answered, minimum: floor };
  const { low, high } = wilsonInterval(positive, answered);
  return {
    status: "ok",
    n: answered,
    positive,
    rate: positive / answered,
    ciLow: low,
    ciHigh: high,
  };
}
