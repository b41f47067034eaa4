import { seededRandom } from '@/lib/random';

export const RATE = 16_000;

/**
 * One second of a synthetic "utterance" at 16 kHz, so the book's spectrogram is computed rather
 * than drawn: a vowel-like tone (f0 rising 120 → 150 Hz, harmonics shaped by formants near 700
 * and 1,200 Hz), a fricative-like noise burst (high frequencies only), then a second vowel (f0
 * falling 150 → 110 Hz, formants near 300 and 2,300 Hz), with short silences between.
 */
export function synthUtterance(seconds = 1): Float64Array {
  const n = Math.round(RATE * seconds);
  const x = new Float64Array(n);
  const rand = seededRandom(7);
  const vowel = (t0: number, t1: number, f0a: number, f0b: number, formants: number[]) => {
    let phase = 0;
    for (let i = Math.round(t0 * RATE); i < Math.round(t1 * RATE); i++) {
      const u = (i / RATE - t0) / (t1 - t0);
      const f0 = f0a + (f0b - f0a) * u;
      phase += (2 * Math.PI * f0) / RATE;
      const env = Math.sin(Math.PI * u) ** 0.5;
      let v = 0;
      for (let h = 1; f0 * h < 4000; h++) {
        const f = f0 * h;
        const gain = formants.reduce((g, fm) => g + Math.exp(-(((f - fm) / 150) ** 2)), 0.02);
        v += gain * Math.sin(h * phase);
      }
      x[i]! += 0.3 * env * v;
    }
  };
  vowel(0.05, 0.4, 120, 150, [700, 1200]);
  vowel(0.6, 0.95, 150, 110, [300, 2300]);
  // Fricative: band-limited noise, 3–7 kHz, as a sum of sinusoids with random phases.
  const from = Math.round(0.45 * RATE);
  const to = Math.round(0.55 * RATE);
  for (let f = 3000; f <= 7000; f += 40) {
    const phase = rand() * 2 * Math.PI;
    for (let i = from; i < to; i++) x[i]! += 0.03 * Math.sin((2 * Math.PI * f * i) / RATE + phase) * Math.sin((Math.PI * (i - from)) / (to - from));
  }
  return x;
}

/** In-place radix-2 FFT of (re, im); length must be a power of two. */
export function fft(re: Float64Array, im: Float64Array) {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j]!, re[i]!];
      [im[i], im[j]] = [im[j]!, im[i]!];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const ang = (-2 * Math.PI) / len;
    for (let i = 0; i < n; i += len) {
      for (let k = 0; k < len / 2; k++) {
        const wr = Math.cos(ang * k);
        const wi = Math.sin(ang * k);
        const a = i + k;
        const b = a + len / 2;
        const tr = re[b]! * wr - im[b]! * wi;
        const ti = re[b]! * wi + im[b]! * wr;
        re[b] = re[a]! - tr;
        im[b] = im[a]! - ti;
        re[a]! += tr;
        im[a]! += ti;
      }
    }
  }
}

const mel = (f: number) => 2595 * Math.log10(1 + f / 700);
const melInv = (m: number) => 700 * (10 ** (m / 2595) - 1);

/**
 * Log-Mel spectrogram as in the chapter's ASR front end: 25 ms Hann frames, 10 ms hop, 512-point
 * FFT, `bands` triangular Mel filters up to 8 kHz, natural log of the energy. Returns
 * [frame][band], low bands first.
 */
export function logMel(x: Float64Array, bands = 32): number[][] {
  const win = Math.round(0.025 * RATE);
  const hop = Math.round(0.01 * RATE);
  const N = 512;
  const edges = Array.from({ length: bands + 2 }, (_, i) => (melInv((mel(RATE / 2) * i) / (bands + 1)) * N) / RATE);
  const out: number[][] = [];
  for (let start = 0; start + win <= x.length; start += hop) {
    const re = new Float64Array(N);
    const im = new Float64Array(N);
    for (let i = 0; i < win; i++) re[i] = x[start + i]! * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (win - 1)));
    fft(re, im);
    const power = Array.from({ length: N / 2 + 1 }, (_, k) => re[k]! ** 2 + im[k]! ** 2);
    out.push(
      Array.from({ length: bands }, (_, b) => {
        const [lo, mid, hi] = [edges[b]!, edges[b + 1]!, edges[b + 2]!];
        let e = 1e-10;
        for (let k = Math.floor(lo); k <= Math.ceil(hi); k++) {
          const w = k < mid ? (k - lo) / (mid - lo) : (hi - k) / (hi - mid);
          if (w > 0) e += w * power[k]!;
        }
        return Math.log(e);
      }),
    );
  }
  return out;
}
