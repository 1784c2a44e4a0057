/**
 * Small statistics for the results sheet: the median of a sorted list and the 95% confidence
 * interval of a mean with Student's t distribution (the samples are small: a pilot cohort, a
 * department). Pure functions, no dependencies.
 */

/** Median of numbers already sorted ascending; null for an empty list. */
export function medianOfSorted(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface MeanInterval {
  /** Number of values. */
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1); null below 2 values. */
  sd: number | null;
  /** Bounds of the 95% confidence interval of the mean; null below 2 values. */
  low: number | null;
  high: number | null;
}

/**
 * 95% confidence interval of a mean from the sums SQL returns (count, Σx, Σx²):
 * mean ± t(0.975, n − 1) · s / √n, with s² = (Σx² − n·mean²) / (n − 1).
 * The t distribution (not 1.96) keeps the interval honest for a group of 5 or 10 learners.
 */
export function meanInterval(n: number, sum: number, sumOfSquares: number, level = 0.95): MeanInterval {
  if (n <= 0) return { n: 0, mean: null, sd: null, low: null, high: null };
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: null, low: null, high: null };
  // Rounding can make the variance a hair below zero when every value is equal.
  const variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
  const sd = Math.sqrt(variance);
  const half = studentTQuantile(1 - (1 - level) / 2, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, low: mean - half, high: mean + half };
}

/** Same interval from the values themselves (tests, small samples). */
export function meanIntervalOf(values: readonly number[], level = 0.95): MeanInterval {
  let sum = 0;
  let squares = 0;
  for (const v of values) {
    sum += v;
    squares += v * v;
  }
  return meanInterval(values.length, sum, squares, level);
}

/** Cumulative distribution of Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const x = df / (df + t * t);
  const tail = 0.5 * regularizedIncompleteBeta(x, df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The p-quantile of Student's t (0 < p < 1), by bisection on the CDF: exact to ~1e-10. */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError("p must be between 0 and 1");
  if (!(df > 0)) throw new RangeError("df must be positive");
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let low = 0;
  let high = 1;
  while (studentTCdf(high, df) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-12; i++) {
    const mid = (low + high) / 2;
    if (studentTCdf(mid, df) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** I_x(a, b) with the continued fraction of Numerical Recipes (modified Lentz). */
function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
function logGamma(x: number): number {
  const g = 7;
  const coefficients = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let sum = coefficients[0]!;
  for (let i = 1; i < g + 2; i++) sum += coefficients[i]! / (y + i);
  const t = y + g + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * 95% Wilson score interval of a proportion `successes / n`: unlike p ± 1.96·√(p(1 − p)/n) it
 * stays within 0–1 and is honest for small groups and shares near 0 or 1.
 */
export function proportionInterval(successes: number, n: number, z = 1.959963984540054): MeanInterval {
  if (n <= 0) return { n: 0, mean: null, sd: null, low: null, high: null };
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { n, mean: p, sd: null, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
