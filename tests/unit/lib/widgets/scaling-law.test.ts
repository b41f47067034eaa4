import { describe, expect, it } from 'vitest';
import { chinchilla, computeFromGpuHours, flops, formatPower, isoFlopCurve, optimalSplit, predictedLoss, scaleWord, twentyTokensPerParameter } from '@/lib/widgets/scaling-law';

describe('Chinchilla scaling law', () => {
  it('uses the constants of Hoffmann et al. 2022, eq. (10)', () => {
    expect(chinchilla).toEqual({ E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 });
  });
  it('predicts Chinchilla\'s own loss: 1.69 + 406.4/(7e10)^0.34 + 410.7/(1.4e12)^0.28 ≈ 1.69 + 0.084 + 0.163', () => {
    expect(406.4 / 7e10 ** 0.34).toBeCloseTo(0.0836, 3);
    expect(410.7 / 1.4e12 ** 0.28).toBeCloseTo(0.1633, 3);
    expect(predictedLoss(7e10, 1.4e12)).toBeCloseTo(1.937, 3);
    // More of either always helps, down to E.
    expect(predictedLoss(7e11, 1.4e12)).toBeLessThan(predictedLoss(7e10, 1.4e12));
    expect(predictedLoss(1e40, 1e40)).toBeCloseTo(1.69, 6);
  });
  it('counts C = 6ND and converts GPU-hours: Llama 2 7B, 184,320 A100-hours at 312 TFLOP/s and 40% ≈ 8.3e22', () => {
    expect(flops(7e10, 1.4e12)).toBeCloseTo(5.88e23, -20);
    expect(computeFromGpuHours(184_320, 312e12, 0.4)).toBeCloseTo(8.281e22, -19);
  });
  it('gives the rule of thumb of about 20 tokens per parameter: Chinchilla\'s budget → 70B and 1.4T', () => {
    const { n, d } = twentyTokensPerParameter(flops(7e10, 1.4e12));
    expect(n).toBeCloseTo(7e10, -3);
    expect(d / n).toBe(20);
  });
  it('finds the minimum of each iso-FLOP curve in closed form', () => {
    const c = 5.88e23;
    const { n, d } = optimalSplit(c);
    expect(6 * n * d).toBeCloseTo(c, -12);
    const at = (m: number) => predictedLoss(m, c / (6 * m));
    expect(at(n)).toBeLessThan(at(n * 1.05));
    expect(at(n)).toBeLessThan(at(n / 1.05));
    const curve = isoFlopCurve(c, 9, 12, 301);
    const best = curve.reduce((a, b) => (b.loss < a.loss ? b : a));
    expect(Math.log10(best.n)).toBeCloseTo(Math.log10(n), 1);
  });
  it('puts that minimum at a smaller model and more tokens per parameter than the rule of thumb', () => {
    // The published approach-3 fit: about 33B parameters and ~90 tokens each at Chinchilla's
    // budget (the paper's other two approaches, and the rule of thumb, give about 20).
    const { n, d } = optimalSplit(5.88e23);
    expect(n / 1e9).toBeCloseTo(33, -1);
    expect(d / n).toBeGreaterThan(80);
    expect(d / n).toBeLessThan(100);
  });
  it('formats sizes as the book writes them', () => {
    expect(formatPower(5.88e23)).toBe('5.9×10^23');
    expect(scaleWord(7e10)).toBe('70B');
    expect(scaleWord(1.4e12)).toBe('1.4T');
    expect(scaleWord(175e9)).toBe('175B');
    expect(scaleWord(3e8)).toBe('300M');
  });
});
