import { describe, expect, it } from 'vitest';
import { bleu, bleuTokens, brevityPenalty, clippedPrecision, confusionAt, metricsOf, prCurve } from '@/lib/widgets/classifier-metrics';
import { bleuExamples, scoredReviews } from '@/components/widgets/classifier-metrics/data';

describe('threshold metrics', () => {
  const ex = [
    { score: 0.9, positive: true },
    { score: 0.8, positive: false },
    { score: 0.6, positive: true },
    { score: 0.4, positive: true },
    { score: 0.2, positive: false },
  ];
  it('counts a confusion matrix: at 0.5, TP 2, FP 1, FN 1, TN 1', () => {
    expect(confusionAt(ex, 0.5)).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1 });
    const m = metricsOf(confusionAt(ex, 0.5));
    expect(m.precision).toBeCloseTo(2 / 3, 12);
    expect(m.recall).toBeCloseTo(2 / 3, 12);
    expect(m.f1).toBeCloseTo(2 / 3, 12);
    expect(m.accuracy).toBeCloseTo(0.6, 12);
  });
  it('trades precision for recall as the threshold falls', () => {
    expect(metricsOf(confusionAt(ex, 0.85))).toMatchObject({ precision: 1, recall: 1 / 3 });
    expect(metricsOf(confusionAt(ex, 0))).toMatchObject({ precision: 0.6, recall: 1 });
    expect(metricsOf(confusionAt(ex, 0.95)).precision).toBeNaN();
    expect(prCurve(ex).map((p) => p.threshold)).toEqual([0.9, 0.8, 0.6, 0.4, 0.2]);
    expect(prCurve(ex)[1]).toEqual({ threshold: 0.8, recall: 1 / 3, precision: 0.5 });
  });
  it('reproduces the chapter\'s neutral class: P = 120/185 = 0.649, R = 0.600, F1 = 0.623', () => {
    const m = metricsOf({ tp: 120, fp: 65, fn: 80, tn: 735 });
    expect(m.precision).toBeCloseTo(0.649, 3);
    expect(m.recall).toBeCloseTo(0.6, 3);
    expect(m.f1).toBeCloseTo(0.623, 3);
  });
  it('has a widget data set with both classes on both sides of 0.5', () => {
    const c = confusionAt(scoredReviews, 0.5);
    expect(Math.min(c.tp, c.fp, c.fn, c.tn)).toBeGreaterThan(0);
  });
});

describe('BLEU', () => {
  it('reproduces the chapter\'s worked example: 0.6732', () => {
    const r = bleu(bleuTokens('the cat sat on the mat'), bleuTokens('the cat sat on the red mat'));
    expect(r.precisions.map((p) => `${p.matches}/${p.total}`)).toEqual(['6/6', '4/5', '3/4', '2/3']);
    expect(r.bp).toBeCloseTo(0.8465, 4);
    expect(r.score).toBeCloseTo(0.6732, 4);
  });
  it('clips repeated words: "the" × 7 against a reference with two scores 2/7 (Papineni et al.)', () => {
    expect(clippedPrecision(bleuTokens('the the the the the the the'), bleuTokens('the cat is on the mat'), 1)).toEqual({ matches: 2, total: 7 });
  });
  it('penalises short candidates only', () => {
    expect(brevityPenalty(7, 6)).toBe(1);
    expect(brevityPenalty(5, 6)).toBeCloseTo(Math.exp(-0.2), 12);
    expect(brevityPenalty(0, 6)).toBe(0);
  });
  it('is 0 without smoothing once one precision is 0, and 1 for an exact match', () => {
    expect(bleu(bleuTokens('the cat on the mat'), bleuTokens('the cat sat on the mat')).score).toBe(0);
    // BLEU-2 of the same pair: BP = e^(1 − 6/5), p1 = 5/5, p2 = 3/4 → 0.8187 × √0.75 = 0.7090.
    expect(bleu(bleuTokens('the cat on the mat'), bleuTokens('the cat sat on the mat'), 2).score).toBeCloseTo(0.709, 3);
    expect(bleu(bleuTokens('The same five words here.'), bleuTokens('the same five words here .')).score).toBe(1);
  });
  it('splits Chinese into characters and keeps Latin words whole', () => {
    expect(bleuTokens('猫坐在垫子上。')).toEqual(['猫', '坐', '在', '垫', '子', '上', '。']);
    expect(bleuTokens('GPT-4 很强')).toEqual(['gpt', '-', '4', '很', '强']);
    const r = bleu(bleuTokens('猫坐在垫子上'), bleuTokens('猫坐在红垫子上'));
    expect(r.precisions[0]).toEqual({ matches: 6, total: 6 });
  });
});

describe('the widget\'s Chinese BLEU example', () => {
  it('scores 小猫坐在垫子上 against 小猫坐在红垫子上 by character: 7/7, 5/6, 3/5, 1/4, BP e^(−1/7), BLEU 0.515', () => {
    const r = bleu(bleuTokens(bleuExamples.zh.candidate), bleuTokens(bleuExamples.zh.reference));
    expect(r.precisions.map((p) => `${p.matches}/${p.total}`)).toEqual(['7/7', '5/6', '3/5', '1/4']);
    expect(r.bp).toBeCloseTo(Math.exp(-1 / 7), 12);
    expect(r.score).toBeCloseTo(Math.exp(-1 / 7) * ((5 / 6) * (3 / 5) * (1 / 4)) ** 0.25, 12);
    expect(r.score).toBeCloseTo(0.515, 3);
  });
});
