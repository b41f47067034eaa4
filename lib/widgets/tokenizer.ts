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

/** A span as shown to the reader: its text and how many tokens it took (more than 1 when byte-level
 *  tokens split one character between them). */
export type Span = [text: string, tokens: number];

/**
 * Turns token ids into readable spans. Byte-level BPE can cut a Chinese character (3 bytes in
 * UTF-8) across tokens; decoding such a token alone gives U+FFFD, so tokens are merged until the
 * decoded prefix ends on a whole character.
 */
export function tokenSpans(ids: readonly number[], decode: (ids: number[]) => string): Span[] {
  const spans: Span[] = [];
  let done = 0; // characters of the prefix already assigned
  let pending = 0;
  for (let i = 0; i < ids.length; i++) {
    pending++;
    const text = decode(ids.slice(0, i + 1) as number[]);
    if (text.endsWith('\uFFFD') && i < ids.length - 1) continue;
    spans.push([text.slice(done), pending]);
    done = text.length;
    pending = 0;
  }
  return spans;
}

export const encodings = ['r50k_base', 'cl100k_base', 'o200k_base'] as const;
export type EncodingName = (typeof encodings)[number];
export type TokenData = { pairs: { en: Span[]; zh: Span[] }[] }[];

export function tokenCount(spans: readonly Span[]): number {
  return spans.reduce((n, s) => n + s[1], 0);
}
