// Three rows of the alignment table, reused by every call: typo correction compares a word with
// thousands of vocabulary words, and fresh arrays per row made that the slowest step of a query.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  let [prev2, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > cap) return cap + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length]!;
}

/**
 * The closest vocabulary word to a misspelt one: one edit allowed from five letters, two from
 * eight. Ties go to the word of the most similar length, then alphabetical, so results are stable.
 */
export function closest(word: string, vocab: readonly string[]): string | undefined {
  const cap = word.length >= 8 ? 2 : 1;
  let best: { w: string; d: number } | undefined;
  for (const w of vocab) {
    const d = editDistance(word, w, cap);
    if (d > cap) continue;
    if (!best || d < best.d || (d === best.d && Math.abs(w.length - word.length) < Math.abs(best.w.length - word.length))) best = { w, d };
  }
  return best?.w;
}
