// Scaled dot-product attention on a handful of tokens (section 2.5), shared by the attention
// widget and its static fallback. Pure functions: tested in tests/unit/lib/widgets/.
import { softmax } from './sampling';

export type Matrix = number[][];

export function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * (b[i] ?? 0);
  return s;
}

/** QKᵀ, divided by √d when `scaled`; with `causal`, query i scores −∞ against every key j > i. */
export function attentionScores(q: Matrix, k: Matrix, { scaled = true, causal = false } = {}): Matrix {
  const d = q[0]?.length ?? 1;
  const div = scaled ? Math.sqrt(d) : 1;
  return q.map((qi, i) => k.map((kj, j) => (causal && j > i ? -Infinity : dot(qi, kj) / div)));
}

/** softmax(QKᵀ/√d + M), row by row: row i is how token i shares its attention; each row sums to 1. */
export function attentionWeights(q: Matrix, k: Matrix, options: { scaled?: boolean; causal?: boolean } = {}): Matrix {
  return attentionScores(q, k, options).map((row) => softmax(row, 1));
}

/** The index of the largest weight in a row (the first one on a tie). */
export function argmax(row: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < row.length; i++) if (row[i]! > row[best]!) best = i;
  return best;
}
