// Counting tokens of parallel Chinese and English text (the tokenizer widget, Chapter 1), and
// the ratio that prices the language mix in the unit-economics calculator. Pure functions:
// the tokenizer itself is passed in, so the browser never needs a vocabulary.

/**
 * Tokens of all the Chinese sentences ÷ tokens of all the English ones: a ratio of sums, so a
 * long pair weighs more than a short one, as it does on a bill.
 */
export function zhEnRatio(pairs: readonly { en: string; zh: string }[], count: (text: string) => number): number {
  let en = 0;
  let zh = 0;
  for (const p of pairs) {
    en += count(p.en);
    zh += count(p.zh);
  }
  return en > 0 ? zh / en : NaN;
}
