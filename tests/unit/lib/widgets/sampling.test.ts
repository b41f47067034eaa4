import { describe, expect, it } from 'vitest';
import { byProbability, drawIndex, entropyBits, keptTokens, renormalise, softmax } from '@/lib/widgets/sampling';
import { seededRandom } from '@/lib/random';

// The example of section 3.5 (its Python output is printed in the chapter and checked by the
// Python-block test): the widget must agree with it to the printed precision.
const logits = [3.0, 2.5, 1.5, 1.2, 0.3, -1.0];
const round3 = (xs: number[]) => xs.map((x) => Math.round(x * 1000) / 1000);

describe('softmax with temperature', () => {
  it('matches the chapter at T = 0.5, 1 and 1.5', () => {
    expect(round3(softmax(logits, 0.5))).toEqual([0.69, 0.254, 0.034, 0.019, 0.003, 0]);
    expect(round3(softmax(logits, 1))).toEqual([0.481, 0.292, 0.107, 0.079, 0.032, 0.009]);
    expect(round3(softmax(logits, 1.5))).toEqual([0.382, 0.273, 0.14, 0.115, 0.063, 0.027]);
  });
  it('sums to 1 and survives huge logits', () => {
    for (const t of [0.05, 0.7, 1, 3, 50]) expect(softmax(logits, t).reduce((a, b) => a + b)).toBeCloseTo(1, 12);
    const big = softmax([1000, 999], 1);
    expect(big.every(Number.isFinite)).toBe(true);
    expect(big[0]).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
  });
  it('becomes greedy as T → 0', () => {
    expect(softmax(logits, 0)).toEqual([1, 0, 0, 0, 0, 0]);
    expect(softmax([1, 5, 5], 0)).toEqual([0, 1, 0]);
    expect(softmax(logits, 0.01)[0]).toBeGreaterThan(0.999);
  });
  it('flattens towards uniform as T grows', () => {
    const p = softmax(logits, 1e6);
    for (const x of p) expect(x).toBeCloseTo(1 / 6, 4);
  });
});

describe('truncation', () => {
  const p = softmax(logits, 1);
  const names = ['great', 'good', 'clear', 'fine', 'terrible', 'purple'];
  const keptNames = (kept: boolean[]) => names.filter((_, i) => kept[i]);
  it('top-k = 3 keeps great, good, clear', () => {
    expect(keptNames(keptTokens(p, { topK: 3 }))).toEqual(['great', 'good', 'clear']);
  });
  it('top-p = 0.9 keeps four tokens, because the top three reach only 0.879', () => {
    expect(keptNames(keptTokens(p, { topP: 0.9 }))).toEqual(['great', 'good', 'clear', 'fine']);
  });
  it('top-p = 1 keeps everything and a tiny p keeps the single best token', () => {
    expect(keptTokens(p, { topP: 1 }).every(Boolean)).toBe(true);
    expect(keptNames(keptTokens(p, { topP: 0.01 }))).toEqual(['great']);
  });
  it('applies top-p to the renormalised top-k set', () => {
    // Of the top two (0.481, 0.292 → 0.622, 0.378), 0.6 is reached by the first alone.
    expect(keptNames(keptTokens(p, { topK: 2, topP: 0.6 }))).toEqual(['great']);
  });
  it('renormalises the kept tokens to sum to 1', () => {
    const q = renormalise(p, keptTokens(p, { topP: 0.9 }));
    expect(q.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
    expect(q[4]).toBe(0);
    expect(q[0]! / q[1]!).toBeCloseTo(p[0]! / p[1]!, 12);
  });
  it('orders ties by position', () => {
    expect(byProbability([0.2, 0.4, 0.4])).toEqual([1, 2, 0]);
  });
});

describe('entropy and sampling', () => {
  it('is 0 for a certain token and log2(n) for a uniform choice', () => {
    expect(entropyBits([1, 0, 0])).toBe(0);
    expect(entropyBits([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(2, 12);
  });
  it('draws by inverse CDF and never a token with zero probability', () => {
    const q = [0.5, 0, 0.5];
    expect(drawIndex(q, 0)).toBe(0);
    expect(drawIndex(q, 0.4999)).toBe(0);
    expect(drawIndex(q, 0.5)).toBe(2);
    expect(drawIndex(q, 0.9999999999)).toBe(2);
  });
  it('replays the same draws for the same seed, and the frequencies follow the distribution', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    const rng = seededRandom(7);
    const q = [0.7, 0.2, 0.1];
    const counts = [0, 0, 0];
    for (let i = 0; i < 20000; i++) counts[drawIndex(q, rng())]! += 1;
    expect(counts[0]! / 20000).toBeCloseTo(0.7, 1);
    expect(counts[2]! / 20000).toBeCloseTo(0.1, 1);
  });
});
