import { describe, expect, it } from 'vitest';
import { apiCost, decodeScenario, economics, encodeScenario, gpuPlan, languageFactor, monthlyVolume, type Scenario } from '@/lib/widgets/unit-economics';

// 1,000 daily users × 20 requests × 30 days = 600,000 requests; half of them in Chinese, which
// takes 1.18 times the tokens: a factor of 0.5 + 0.5 × 1.18 = 1.09 on 1,500 / 400 tokens.
const base: Scenario = {
  users: 1000,
  requests: 20,
  inTokens: 1500,
  outTokens: 400,
  zhShare: 0.5,
  zhRatio: 1.18,
  mode: 'api',
  priceIn: 0.15,
  priceOut: 0.6,
  gpuHour: 2.5,
  prefillTps: 24725,
  decodeTps: 3244,
  utilisation: 0.5,
  price: 10,
};

describe('volume', () => {
  it('weights tokens by the language mix', () => {
    expect(languageFactor(0, 3)).toBe(1);
    expect(languageFactor(1, 1.18)).toBeCloseTo(1.18, 12);
    expect(languageFactor(0.5, 1.18)).toBeCloseTo(1.09, 12);
  });
  it('counts a 30-day month', () => {
    const v = monthlyVolume(base);
    expect(v.requests).toBe(600_000);
    expect(v.inputTokens).toBeCloseTo(981e6, 0);
    expect(v.outputTokens).toBeCloseTo(261.6e6, 0);
  });
});

describe('API cost', () => {
  it('prices one call like the chapter\'s table (6,000 in, 800 out at USD 3 / 15 per million = USD 0.03)', () => {
    expect(apiCost({ requests: 1, inputTokens: 6000, outputTokens: 800 }, 3, 15)).toBeCloseTo(0.03, 12);
  });
  it('gives cost per user, margin and break-even price', () => {
    // 981 × 0.15 + 261.6 × 0.60 = 147.15 + 156.96 = 304.11 USD a month.
    const e = economics(base);
    expect(e.monthlyCost).toBeCloseTo(304.11, 6);
    expect(e.costPerUser).toBeCloseTo(0.30411, 8);
    expect(e.revenue).toBe(10_000);
    expect(e.grossMargin).toBeCloseTo(1 - 304.11 / 10_000, 10);
    expect(e.breakEvenPrice).toBeCloseTo(0.30411, 8);
    expect(e.gpus).toBeNull();
    // The large model (USD 3 / 15): 2,943 + 3,924 = 6,867 USD, a margin of 31.33%.
    const large = economics({ ...base, priceIn: 3, priceOut: 15 });
    expect(large.monthlyCost).toBeCloseTo(6867, 6);
    expect(large.grossMargin).toBeCloseTo(0.3133, 10);
  });
  it('has no margin without revenue', () => {
    expect(economics({ ...base, price: 0 }).grossMargin).toBe(-Infinity);
    expect(economics({ ...base, users: 0 }).grossMargin).toBe(0);
  });
});

describe('self-hosting', () => {
  it('reproduces the chapter script: 0.184 GPU-seconds for a 1,500 + 400-token request', () => {
    const { busyHours } = gpuPlan({ requests: 1, inputTokens: 1500, outputTokens: 400 }, base);
    expect(busyHours * 3600).toBeCloseTo(0.184, 3);
  });
  it('rents whole GPUs: one for light traffic, a second once the first would be over-busy', () => {
    const s = { ...base, prefillTps: 1e12, decodeTps: 1 }; // only output tokens take time
    // 360 busy hours fill one GPU at 50% of a 720-hour month; 361 need a second.
    expect(gpuPlan({ requests: 1, inputTokens: 0, outputTokens: 360 * 3600 }, s).gpus).toBe(1);
    expect(gpuPlan({ requests: 1, inputTokens: 0, outputTokens: 361 * 3600 }, s).gpus).toBe(2);
    expect(gpuPlan({ requests: 0, inputTokens: 0, outputTokens: 0 }, s).gpus).toBe(0);
  });
  it('costs one GPU-month for the default traffic (33.4 busy hours), 100 times the users need 10 GPUs', () => {
    const e = economics({ ...base, mode: 'gpu' });
    expect(e.gpus).toBe(1);
    expect(e.monthlyCost).toBeCloseTo(1800, 6);
    expect(e.grossMargin).toBeCloseTo(0.82, 10);
    // 3,342 busy hours ÷ 360 per GPU = 9.28 → 10 GPUs, USD 18,000 against 686,700 on the large API.
    const big = economics({ ...base, mode: 'gpu', users: 100_000 });
    expect(big.gpus).toBe(10);
    expect(big.costPerUser).toBeCloseTo(0.18, 10);
  });
});

describe('the scenario in the URL', () => {
  it('writes only what differs and reads it back', () => {
    const s = { ...base, users: 5000, mode: 'gpu' as const, zhShare: 0.8 };
    const q = encodeScenario(s, base);
    expect(q.toString()).toBe('mode=gpu&users=5000&zh=0.8');
    expect(decodeScenario(new URLSearchParams(q.toString()), base)).toEqual(s);
    expect(encodeScenario(base, base).toString()).toBe('');
  });
  it('ignores malformed and out-of-range values and other pages\' parameters', () => {
    const q = new URLSearchParams('users=abc&zh=7&util=0&mode=cloud&price=&q=search&rpd=50');
    expect(decodeScenario(q, base)).toEqual({ ...base, requests: 50 });
  });
});
