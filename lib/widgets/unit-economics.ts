// The arithmetic of a model-backed product's monthly bill (section 5.3, "A worked example and
// calculator", and 5.5, "Unit economics"), shared by the unit-economics widget and its static
// fallback. Pure functions: tested in tests/unit/lib/widgets/.

/** A billing month: 30 days, so a GPU rented all month is billed 720 hours. */
export const DAYS_PER_MONTH = 30;
export const HOURS_PER_MONTH = DAYS_PER_MONTH * 24;

export type Mode = 'api' | 'gpu';

export type Scenario = {
  /** Daily active users, each one paying subscriber. */
  users: number;
  /** Model requests per user per day. */
  requests: number;
  /** Tokens per request for English text; Chinese text of the same content takes zhRatio times as many. */
  inTokens: number;
  outTokens: number;
  /** Share of requests in Chinese, 0–1. */
  zhShare: number;
  /** Tokens of a Chinese text ÷ tokens of the same text in English (measured by the tokenizer widget). */
  zhRatio: number;
  mode: Mode;
  /** API list prices, USD per million tokens. */
  priceIn: number;
  priceOut: number;
  /** Self-hosting: rent per GPU-hour, prompt (prefill) and answer (decode) tokens per second per GPU. */
  gpuHour: number;
  prefillTps: number;
  decodeTps: number;
  /** Average share of the time the fleet is busy, 0–1: idle GPUs are paid too. */
  utilisation: number;
  /** What a user pays per month, USD. */
  price: number;
};

/** How many tokens a request in the given language mix takes, relative to English. */
export function languageFactor(zhShare: number, zhRatio: number): number {
  return 1 - zhShare + zhShare * zhRatio;
}

export type Volume = { requests: number; inputTokens: number; outputTokens: number };

export function monthlyVolume(s: Scenario): Volume {
  const requests = s.users * s.requests * DAYS_PER_MONTH;
  const f = languageFactor(s.zhShare, s.zhRatio);
  return { requests, inputTokens: requests * s.inTokens * f, outputTokens: requests * s.outTokens * f };
}

/** Pay-per-token: USD for the month. */
export function apiCost(v: Volume, priceIn: number, priceOut: number): number {
  return (v.inputTokens * priceIn + v.outputTokens * priceOut) / 1e6;
}

/**
 * Self-hosting: GPU-hours of actual work, then whole GPUs rented for the month so that they are
 * busy `utilisation` of the time on average. At least one GPU as soon as there is any traffic:
 * the step from zero to one is the fixed cost that makes small products cheaper on an API.
 */
export function gpuPlan(v: Volume, s: Pick<Scenario, 'gpuHour' | 'prefillTps' | 'decodeTps' | 'utilisation'>) {
  const busyHours = (v.inputTokens / s.prefillTps + v.outputTokens / s.decodeTps) / 3600;
  const gpus = busyHours > 0 ? Math.ceil(busyHours / (HOURS_PER_MONTH * s.utilisation) - 1e-9) : 0;
  return { busyHours, gpus, cost: gpus * HOURS_PER_MONTH * s.gpuHour };
}

export type Economics = Volume & {
  monthlyCost: number;
  costPerUser: number;
  revenue: number;
  /** (revenue − cost) ÷ revenue; −Infinity when there is cost and no revenue, 0 for neither. */
  grossMargin: number;
  /** The monthly price per user at which the margin is 0. */
  breakEvenPrice: number;
  /** Rented GPUs (self-hosting only, else null). */
  gpus: number | null;
};

export function economics(s: Scenario): Economics {
  const v = monthlyVolume(s);
  const plan = s.mode === 'gpu' ? gpuPlan(v, s) : null;
  const monthlyCost = plan ? plan.cost : apiCost(v, s.priceIn, s.priceOut);
  const revenue = s.users * s.price;
  const grossMargin = revenue > 0 ? (revenue - monthlyCost) / revenue : monthlyCost > 0 ? -Infinity : 0;
  const costPerUser = s.users > 0 ? monthlyCost / s.users : 0;
  return { ...v, monthlyCost, costPerUser, revenue, grossMargin, breakEvenPrice: costPerUser, gpus: plan ? plan.gpus : null };
}

// ---- The scenario in the URL, so a reader can share exactly what they see -----------------

type NumericKey = Exclude<keyof Scenario, 'mode'>;

/** Query parameter ↔ field, with the range a value must fall in to be accepted. */
const FIELDS: readonly { key: NumericKey; param: string; min: number; max: number }[] = [
  { key: 'users', param: 'users', min: 0, max: 1e9 },
  { key: 'requests', param: 'rpd', min: 0, max: 1e5 },
  { key: 'inTokens', param: 'in', min: 0, max: 1e7 },
  { key: 'outTokens', param: 'out', min: 0, max: 1e7 },
  { key: 'zhShare', param: 'zh', min: 0, max: 1 },
  { key: 'zhRatio', param: 'ratio', min: 0.1, max: 10 },
  { key: 'priceIn', param: 'pin', min: 0, max: 1e4 },
  { key: 'priceOut', param: 'pout', min: 0, max: 1e4 },
  { key: 'gpuHour', param: 'gph', min: 0, max: 1e4 },
  { key: 'prefillTps', param: 'ptps', min: 1, max: 1e8 },
  { key: 'decodeTps', param: 'dtps', min: 1, max: 1e8 },
  { key: 'utilisation', param: 'util', min: 0.01, max: 1 },
  { key: 'price', param: 'price', min: 0, max: 1e6 },
];

/** The scenario as query parameters (only the fields that differ from `base`, so links stay short). */
export function encodeScenario(s: Scenario, base: Scenario): URLSearchParams {
  const q = new URLSearchParams();
  if (s.mode !== base.mode) q.set('mode', s.mode);
  for (const f of FIELDS) if (s[f.key] !== base[f.key]) q.set(f.param, String(s[f.key]));
  return q;
}

/** Reads a shared scenario; a missing, malformed or out-of-range value keeps the base value. */
export function decodeScenario(q: URLSearchParams, base: Scenario): Scenario {
  const s: Scenario = { ...base };
  const mode = q.get('mode');
  if (mode === 'api' || mode === 'gpu') s.mode = mode;
  for (const f of FIELDS) {
    const raw = q.get(f.param);
    if (raw === null || raw.trim() === '') continue;
    const n = Number(raw);
    if (Number.isFinite(n) && n >= f.min && n <= f.max) s[f.key] = n;
  }
  return s;
}

/** The query parameters this widget owns, so it can leave everybody else's alone. */
export const scenarioParams: readonly string[] = ['mode', ...FIELDS.map((f) => f.param)];
