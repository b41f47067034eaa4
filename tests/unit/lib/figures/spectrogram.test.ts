import { describe, expect, it } from 'vitest';
import { fft, logMel, RATE, synthUtterance } from '@/lib/figures/spectrogram';

describe('spectrogram', () => {
  it('finds a pure tone in the right FFT bin', () => {
    const n = 512;
    const re = Float64Array.from({ length: n }, (_, i) => Math.sin((2 * Math.PI * 32 * i) / n));
    const im = new Float64Array(n);
    fft(re, im);
    const mag = Array.from({ length: n / 2 }, (_, k) => Math.hypot(re[k]!, im[k]!));
    expect(mag.indexOf(Math.max(...mag))).toBe(32);
  });

  it('frames 1 s at 25 ms / 10 ms into 98 frames, and puts the fricative in the high bands, the vowels low', () => {
    const s = logMel(synthUtterance(), 32);
    expect(s.length).toBe(Math.floor((RATE - 400) / 160) + 1);
    const at = (t: number) => s[Math.round(t * 100)]!;
    const low = (f: number[]) => f.slice(0, 10).reduce((a, b) => a + b) / 10;
    const high = (f: number[]) => f.slice(26).reduce((a, b) => a + b) / 6;
    expect(high(at(0.5))).toBeGreaterThan(high(at(0.2)));
    expect(low(at(0.2))).toBeGreaterThan(low(at(0.5)));
    expect(s.flat().every(Number.isFinite)).toBe(true);
  });
});
