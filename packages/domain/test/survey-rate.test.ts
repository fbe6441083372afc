import { describe, expect, it } from "vitest";
import { surveyRate, wilsonInterval } from "../src/assessment/survey-rate.ts";

// Worked by hand with z = 1.959964 (z² = 3.841459):
//   d = 1 + z²/n, centre = (p + z²/2n) / d, half = (z/d)·√(p(1−p)/n + z²/4n²).
describe("wilsonInterval", () => {
  it("45 of 50: p = 0.9, d = 1.076829, centre = 0.871461, half = 0.085063", () => {
    const { low, high } = wilsonInterval(45, 50);
    expect(low).toBeCloseTo(0.786398, 5);
    expect(high).toBeCloseTo(0.956524, 5);
  });

  it("0 of 30: [0, z²/n / d] = [0, 0.128049 / 1.128049] — not the normal interval's [0, 0]", () => {
    expect(wilsonInterval(0, 30)).toEqual({ low: 0, high: expect.closeTo(0.113513, 5) });
  });

  it("30 of 30: [1/d, 1] = [0.886487, 1] — not the normal interval's zero-width [1, 1]", () => {
    expect(wilsonInterval(30, 30)).toEqual({ low: expect.closeTo(0.886487, 5), high: 1 });
  });

  it("29 of 30 stays below 1 (the normal interval would reach 1.0297)", () => {
    const { low, high } = wilsonInterval(29, 30);
    expect(low).toBeCloseTo(0.833296, 5);
    expect(high).toBeCloseTo(0.994091, 5);
  });

  it("refuses impossible counts", () => {
    expect(() => wilsonInterval(0, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(31, 30)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 30)).toThrow(RangeError);
  });
});

describe("surveyRate", () => {
  it("gives the rate, n and interval when the sample is large enough", () => {
    expect(surveyRate(45, 50, 30)).toEqual({
      status: "ok",
      n: 50,
      positive: 45,
      rate: 0.9,
      ciLow: expect.closeTo(0.786398, 5),
      ciHigh: expect.closeTo(0.956524, 5),
    });
    expect(surveyRate(30, 30, 30)).toMatchObject({ status: "ok", n: 30, rate: 1, ciHigh: 1 });
  });

  it("gives no number below the minimum sample: 12 of 20 with a minimum of 30", () => {
    const rate = surveyRate(12, 20, 30);
    expect(rate).toEqual({ status: "sample_too_small", n: 20, minimum: 30 });
    expect(rate).not.toHaveProperty("rate");
  });

  it("treats a minimum below 1 as 1, so no answers is never a division by zero", () => {
    expect(surveyRate(0, 0, 0)).toEqual({ status: "sample_too_small", n: 0, minimum: 1 });
    expect(surveyRate(1, 1, 1)).toMatchObject({ status: "ok", rate: 1 });
  });
});
