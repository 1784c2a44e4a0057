import {
  meanInterval,
  meanIntervalOf,
  medianOfSorted,
  studentTQuantile,
} from "../../../src/core/results/stats";

describe("Student's t quantile", () => {
  it.each([
    [1, 12.7062],
    [2, 4.3027],
    [4, 2.7764],
    [9, 2.2622],
    [29, 2.0452],
    [120, 1.9799],
    [100000, 1.96],
  ])("t(0.975, %i) matches the published table", (df, expected) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 3);
  });

  it("is symmetric", () => {
    expect(studentTQuantile(0.025, 7)).toBeCloseTo(-studentTQuantile(0.975, 7), 10);
    expect(studentTQuantile(0.5, 3)).toBe(0);
  });
});

describe("95% confidence interval of a mean", () => {
  it("matches a hand computation on a known sample", () => {
    // Changes of 5 learners: mean 6, s² = (16+4+0+4+16)/4 = 10, s/√n = √2, t(0.975,4) = 2.7764.
    const ci = meanIntervalOf([2, 4, 6, 8, 10]);
    expect(ci.mean).toBe(6);
    expect(ci.sd).toBeCloseTo(Math.sqrt(10), 10);
    expect(ci.low).toBeCloseTo(6 - 2.776445 * Math.SQRT2, 4);
    expect(ci.high).toBeCloseTo(6 + 2.776445 * Math.SQRT2, 4);
  });

  it("gives the same interval from SQL sums", () => {
    expect(meanInterval(5, 30, 220)).toEqual(meanIntervalOf([2, 4, 6, 8, 10]));
  });

  it("has no interval below two values and none at all for zero", () => {
    expect(meanIntervalOf([7])).toEqual({ n: 1, mean: 7, sd: null, low: null, high: null });
    expect(meanIntervalOf([])).toEqual({ n: 0, mean: null, sd: null, low: null, high: null });
  });

  it("collapses to the mean when every value is equal", () => {
    const ci = meanIntervalOf([3, 3, 3]);
    expect(ci.low).toBeCloseTo(3, 10);
    expect(ci.high).toBeCloseTo(3, 10);
  });
});

describe("median", () => {
  it("takes the middle value or the mean of the two middle values", () => {
    expect(medianOfSorted([1, 2, 9])).toBe(2);
    expect(medianOfSorted([1, 2, 4, 9])).toBe(3);
    expect(medianOfSorted([])).toBeNull();
  });
});
