// Classification at a threshold (section 3.3) and sentence-level BLEU (section 3.4), shared by
// the classifier-metrics widget and its static fallback. Pure functions: tested in
// tests/unit/lib/widgets/.

export type Scored = { score: number; positive: boolean };
export type Confusion = { tp: number; fp: number; fn: number; tn: number };

/** Everything scored at or above the threshold is predicted positive. */
export function confusionAt(examples: readonly Scored[], threshold: number): Confusion {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const e of examples) {
    const flagged = e.score >= threshold;
    if (flagged && e.positive) c.tp++;
    else if (flagged) c.fp++;
    else if (e.positive) c.fn++;
    else c.tn++;
  }
  return c;
}

/** Precision is undefined (NaN) when nothing is flagged; F1 then too. */
export function metricsOf({ tp, fp, fn, tn }: Confusion) {
  const precision = tp + fp > 0 ? tp / (tp + fp) : NaN;
  const recall = tp + fn > 0 ? tp / (tp + fn) : NaN;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : NaN;
  return { precision, recall, f1, accuracy: (tp + tn) / (tp + fp + fn + tn) };
}

/** (recall, precision) at every distinct score used as the threshold, from the highest down. */
export function prCurve(examples: readonly Scored[]): { threshold: number; recall: number; precision: number }[] {
  const thresholds = [...new Set(examples.map((e) => e.score))].sort((a, b) => b - a);
  return thresholds.map((t) => {
    const m = metricsOf(confusionAt(examples, t));
    return { threshold: t, recall: m.recall, precision: m.precision };
  });
}

// ---- BLEU --------------------------------------------------------------------------------

const HAN = /\p{Script=Han}/u;

/**
 * Tokens for BLEU: Chinese characters one by one (as sacreBLEU's zh tokenizer does), other text
 * as lower-cased words; punctuation is its own token.
 */
export function bleuTokens(text: string): string[] {
  return text.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{N}]/gu) ?? [];
}

export function isChinese(text: string): boolean {
  return HAN.test(text);
}

function counts(tokens: readonly string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join('\u0001');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Modified n-gram precision: candidate n-grams found in the reference, each count clipped at the reference's. */
export function clippedPrecision(candidate: readonly string[], reference: readonly string[], n: number): { matches: number; total: number } {
  const cand = counts(candidate, n);
  const ref = counts(reference, n);
  let matches = 0;
  let total = 0;
  for (const [g, k] of cand) {
    matches += Math.min(k, ref.get(g) ?? 0);
    total += k;
  }
  return { matches, total };
}

export function brevityPenalty(c: number, r: number): number {
  if (c === 0) return 0;
  return c > r ? 1 : Math.exp(1 - r / c);
}

/** Sentence BLEU with one reference and uniform weights; 0 as soon as one precision is 0 (no smoothing). */
export function bleu(candidate: readonly string[], reference: readonly string[], maxN = 4) {
  const precisions = Array.from({ length: maxN }, (_, i) => clippedPrecision(candidate, reference, i + 1));
  const bp = brevityPenalty(candidate.length, reference.length);
  const zero = precisions.some((p) => p.matches === 0);
  const logMean = zero ? -Infinity : precisions.reduce((s, p) => s + Math.log(p.matches / p.total) / maxN, 0);
  return { precisions, bp, score: zero ? 0 : bp * Math.exp(logMean) };
}
