import { describe, expect, it } from 'vitest';
import { argmax, attentionScores, attentionWeights, dot } from '@/lib/widgets/attention';
import { attentionExample, vectorsOf } from '@/components/widgets/attention/data';

describe('scaled dot-product attention', () => {
  // Two orthogonal unit queries and keys, d = 2: the scores are the identity, divided by √2.
  const I = [
    [1, 0],
    [0, 1],
  ];
  it('divides the scores by √d', () => {
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(attentionScores(I, I, { scaled: false })).toEqual(I);
    expect(attentionScores(I, I)[0]![0]).toBeCloseTo(Math.SQRT1_2, 12);
  });
  it('gives rows that are softmaxes: 1 / (1 + e^(−1/√2)) = 0.6698, and 0.7311 unscaled', () => {
    expect(attentionWeights(I, I)[0]![0]).toBeCloseTo(0.6698, 4);
    expect(attentionWeights(I, I, { scaled: false })[0]![0]).toBeCloseTo(0.7311, 4);
    expect(attentionWeights(I, I)[1]![1]).toBeCloseTo(0.6698, 4);
  });
  it('masks the future: zero above the diagonal, rows still summing to 1', () => {
    const q = [
      [1, 2],
      [3, 1],
      [0, 1],
    ];
    const w = attentionWeights(q, q, { causal: true });
    expect(w[0]).toEqual([1, 0, 0]);
    expect(w[1]![2]).toBe(0);
    for (const row of w) expect(row.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
    // The last row sees everything, so the mask leaves it as it was.
    expect(w[2]).toEqual(attentionWeights(q, q)[2]);
  });
});

describe('the widget\'s sentence', () => {
  const en = attentionExample.en;
  const { q, k } = vectorsOf(en);
  const it_ = en.tokens.indexOf('it');
  const cat = en.tokens.indexOf('cat');
  it('"it" attends most to "cat": e³ / (e³ + e^0.5 + 5) = 0.751 scaled, 0.981 unscaled', () => {
    const scaled = attentionWeights(q, k)[it_]!;
    expect(argmax(scaled)).toBe(cat);
    expect(scaled[cat]).toBeCloseTo(Math.exp(3) / (Math.exp(3) + Math.exp(0.5) + 5), 12);
    expect(scaled[cat]).toBeCloseTo(0.751, 3);
    expect(attentionWeights(q, k, { scaled: false })[it_]![cat]).toBeCloseTo(0.981, 3);
  });
  it('has the same roles in Chinese, so 它 attends most to 猫', () => {
    const zh = attentionExample.zh;
    const v = vectorsOf(zh);
    expect(argmax(attentionWeights(v.q, v.k)[zh.tokens.indexOf('它')]!)).toBe(zh.tokens.indexOf('猫'));
  });
});
