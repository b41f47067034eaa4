// The arithmetic of next-token sampling (section 3.5, "Decoding strategies"), shared by the
// sampling widget and its static fallback. Pure functions: tested in tests/unit/lib/widgets/.

/**
 * softmax(z / T). T = 0 is greedy decoding: all the mass on the highest logit (the first one on
 * a tie), which is the limit of the formula as T → 0.
 */
export function softmax(logits: readonly number[], temperature = 1): number[] {
  if (logits.length === 0) return [];
  const max = Math.max(...logits);
  if (!(temperature > 0)) {
    const top = logits.indexOf(max);
    return logits.map((_, i) => (i === top ? 1 : 0));
  }
  // Shifting by the maximum keeps exp() from overflowing and does not change the result.
  const e = logits.map((z) => Math.exp((z - max) / temperature));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** Indices sorted by probability, highest first (ties keep their original order). */
export function byProbability(probs: readonly number[]): number[] {
  return probs.map((_, i) => i).sort((a, b) => probs[b]! - probs[a]! || a - b);
}

/**
 * Which tokens survive truncation: the k most probable, then, of those (renormalised), the
 * smallest most-probable prefix whose mass reaches p (nucleus sampling). At least one token
 * always survives.
 */
export function keptTokens(probs: readonly number[], { topK = Infinity, topP = 1 }: { topK?: number; topP?: number } = {}): boolean[] {
  const order = byProbability(probs).slice(0, Math.max(1, Math.floor(topK)));
  const mass = order.reduce((a, i) => a + probs[i]!, 0);
  const kept = probs.map(() => false);
  let cumulative = 0;
  for (const i of order) {
    kept[i] = true;
    cumulative += mass > 0 ? probs[i]! / mass : 0;
    // A small tolerance so that p = 0.9 is "reached" by a sum that prints as 0.900.
    if (cumulative >= topP - 1e-9) break;
  }
  return kept;
}

/** The distribution actually sampled from: the kept tokens, rescaled to sum to 1. */
export function renormalise(probs: readonly number[], kept: readonly boolean[]): number[] {
  const mass = probs.reduce((a, p, i) => a + (kept[i] ? p : 0), 0);
  return probs.map((p, i) => (kept[i] && mass > 0 ? p / mass : 0));
}

/** Shannon entropy in bits: 0 for a certain choice, log2(n) for n equally likely tokens. */
export function entropyBits(probs: readonly number[]): number {
  return probs.reduce((h, p) => (p > 0 ? h - p * Math.log2(p) : h), 0);
}

/** The index drawn by a uniform number u in [0, 1) from a distribution (inverse CDF). */
export function drawIndex(probs: readonly number[], u: number): number {
  let cumulative = 0;
  let last = -1;
  for (let i = 0; i < probs.length; i++) {
    if (probs[i]! <= 0) continue;
    last = i;
    cumulative += probs[i]!;
    if (u < cumulative) return i;
  }
  return last; // rounding left u just above the total
}
