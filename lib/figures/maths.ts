/** Error function, Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7): enough for plotting GELU. */
export function erf(x: number): number {
  const s = Math.sign(x);
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-a * a);
  return s * y;
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
export const relu = (x: number) => Math.max(0, x);
/** GELU(x) = x·Φ(x), the exact form (Hendrycks & Gimpel 2016), not the tanh approximation. */
export const gelu = (x: number) => 0.5 * x * (1 + erf(x / Math.SQRT2));

export function softmax(z: readonly number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}
