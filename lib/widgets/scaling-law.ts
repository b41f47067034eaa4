// The Chinchilla scaling law (sections 1.2 and 2.7), shared by the scaling-law widget and its
// static fallback. Pure functions: tested in tests/unit/lib/widgets/.

export type Fit = { E: number; A: number; B: number; alpha: number; beta: number };

/**
 * Hoffmann et al. 2022, eq. (10), their "approach 3" parametric fit of final training loss
 * (nats per token, on their data and tokenizer): L(N, D) = E + A/N^α + B/D^β.
 */
export const chinchilla: Fit = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };

/** Training compute of a dense Transformer: C ≈ 6ND FLOPs. */
export function flops(n: number, d: number): number {
  return 6 * n * d;
}

export function predictedLoss(n: number, d: number, f: Fit = chinchilla): number {
  return f.E + f.A / n ** f.alpha + f.B / d ** f.beta;
}

/**
 * The N and D that minimise the fit's loss for a budget C = 6ND (Lagrange, closed form):
 * N* = G·(C/6)^(β/(α+β)) with G = (αA / βB)^(1/(α+β)), and D* = C / 6N*.
 */
export function optimalSplit(c: number, f: Fit = chinchilla): { n: number; d: number } {
  const g = ((f.alpha * f.A) / (f.beta * f.B)) ** (1 / (f.alpha + f.beta));
  const n = g * (c / 6) ** (f.beta / (f.alpha + f.beta));
  return { n, d: c / (6 * n) };
}

/** The popular rule of thumb, about 20 tokens per parameter: D = 20N, so C = 120N². */
export function twentyTokensPerParameter(c: number): { n: number; d: number } {
  const n = Math.sqrt(c / 120);
  return { n, d: 20 * n };
}

/** A budget from hardware: GPU-hours × peak FLOP/s × the share of it the run achieves (MFU). */
export function computeFromGpuHours(gpuHours: number, peakFlops: number, utilisation: number): number {
  return gpuHours * 3600 * peakFlops * utilisation;
}

/** The loss of every split of one budget between parameters and tokens, sampled evenly in log N. */
export function isoFlopCurve(c: number, logNMin: number, logNMax: number, points = 60, f: Fit = chinchilla): { n: number; d: number; loss: number }[] {
  return Array.from({ length: points }, (_, i) => {
    const n = 10 ** (logNMin + ((logNMax - logNMin) * i) / (points - 1));
    const d = c / (6 * n);
    return { n, d, loss: predictedLoss(n, d, f) };
  });
}

/** 5.9e23 → "5.9×10^23"; numbers a reader meets as 70B or 1.4T go through `scaleWord`. */
export function formatPower(x: number, digits = 2): string {
  const e = Math.floor(Math.log10(x));
  const m = x / 10 ** e;
  return `${Number(m.toPrecision(digits))}×10^${e}`;
}

/** 7e10 → "70B", 1.4e12 → "1.4T", 3e8 → "300M": how the book writes sizes. */
export function scaleWord(x: number): string {
  for (const [v, s] of [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
  ] as const) {
    if (x >= v) return `${Number((x / v).toPrecision(x / v >= 100 ? 3 : 2))}${s}`;
  }
  return String(Number(x.toPrecision(2)));
}
