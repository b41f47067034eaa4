import { describe, expect, it } from 'vitest';
import { diverged, formatLoss, lrFromSlider, run, step, surfaces } from '@/lib/widgets/gradient-descent';

const { bowl, ravine, saddle } = surfaces;

describe('one step', () => {
  it('moves against the gradient: from (1, 1) on the bowl with η = 0.25 to (0.5, 0.5)', () => {
    const s = step(bowl, { p: [1, 1], v: [0, 0] }, 0.25, 0);
    expect(s.p).toEqual([0.5, 0.5]);
    expect(bowl.loss(s.p)).toBe(0.5);
  });
  it('carries momentum: x = 1, η = 0.1, β = 0.9 gives 0.8 then 0.46', () => {
    // v₁ = −0.1·2 = −0.2; v₂ = 0.9·(−0.2) − 0.1·1.6 = −0.34.
    const s1 = step(bowl, { p: [1, 0], v: [0, 0] }, 0.1, 0.9);
    expect(s1.p[0]).toBeCloseTo(0.8, 12);
    const s2 = step(bowl, s1, 0.1, 0.9);
    expect(s2.v[0]).toBeCloseTo(-0.34, 12);
    expect(s2.p[0]).toBeCloseTo(0.46, 12);
  });
});

describe('learning rate', () => {
  it('on the bowl each step multiplies x by 1 − 2η: converges below η = 1, diverges above', () => {
    const ok = run(bowl, 0.9, 0, 40);
    expect(Math.abs(ok.at(-1)![0])).toBeCloseTo(2.5 * 0.8 ** 40, 12);
    const bad = run(bowl, 1.1, 0, 200);
    expect(diverged(bad.at(-1)!)).toBe(true);
    expect(bad.length).toBeLessThan(201); // stopped once it blew up
    expect(bad[1]![0]).toBeCloseTo(-2.5 * -1.2, 12);
  });
  it('in the ravine the steep direction sets the limit (y is multiplied by 1 − 50η): η = 0.039 converges, 0.041 diverges', () => {
    expect(diverged(run(ravine, 0.039, 0, 2000).at(-1)!)).toBe(false);
    expect(diverged(run(ravine, 0.041, 0, 2000).at(-1)!)).toBe(true);
  });
  it('momentum crosses the ravine\'s flat floor faster than plain descent at the same η, and steadies a rate that would diverge', () => {
    const plain = run(ravine, 0.036, 0, 40).at(-1)!;
    const heavy = run(ravine, 0.036, 0.5, 40).at(-1)!;
    expect(ravine.loss(heavy)).toBeLessThan(ravine.loss(plain) / 1000);
    expect(diverged(run(ravine, 0.041, 0.5, 40).at(-1)!)).toBe(false);
  });
  it('leaves the saddle for one of the two minima (loss −1 at y = ±√2)', () => {
    const end = run(saddle, 0.1, 0, 300).at(-1)!;
    expect(end[0]).toBeCloseTo(0, 6);
    expect(end[1]).toBeCloseTo(Math.SQRT2, 6);
    expect(saddle.loss(end)).toBeCloseTo(-1, 10);
  });
  it('reads the slider in powers of ten, to two significant digits', () => {
    expect(lrFromSlider(-1)).toBe(0.1);
    expect(lrFromSlider(0)).toBe(1);
    expect(lrFromSlider(-2.5)).toBe(0.0032);
  });
  it('prints losses with three significant digits, tiny ones as powers of ten', () => {
    expect(formatLoss(10.25, 'en')).toBe('10.3');
    expect(formatLoss(1780.4, 'en')).toBe('1,780');
    expect(formatLoss(0, 'en')).toBe('0');
    expect(formatLoss(1.814e-7, 'en')).toBe('1.81×10^-7');
    expect(formatLoss(Infinity, 'en')).toBe('∞');
  });
});
