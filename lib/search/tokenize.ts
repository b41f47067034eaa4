// One tokenizer for indexing and querying, in Node (build, tests) and in the browser, so the
// two can never drift. No ICU dependency: Intl.Segmenter's word breaks differ between
// runtimes and would make 注意力 findable in one and not the other.

const HAN = /\p{Script=Han}/u;
// Han runs, or runs of other letters/digits (a word like "gpt3参数" splits into "gpt3" + "参数").
const WORDS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

// Function words that would match nearly every English section.
const STOP = new Set(
  'a an and are as at be but by for from has have in into is it its of on or that the their then there these this to was were which with'.split(' '),
);

/** A light English stemmer: plural and possessive forms share one token (embeddings → embedding). */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

export function isHan(token: string): boolean {
  return HAN.test(token);
}

/**
 * Text → index terms. Chinese runs become overlapping two-character grams: with FlexSearch's
 * forward tokenizer a query's grams must all be present, so 注意力 (注意, 意力) finds
 * 注意力机制 but not 注重意义的力量, and a single character still matches by prefix.
 * Other words are lower-cased and stemmed; stop words are dropped.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const [word] of text.normalize('NFKC').toLowerCase().matchAll(WORDS)) {
    if (isHan(word)) {
      if (word.length === 1) out.push(word);
      for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(i, i + 2));
    } else if (!STOP.has(word)) {
      out.push(stem(word));
    }
  }
  return out;
}

/** The words of a query as the reader typed them (Han runs whole), for highlighting. */
export function queryWords(query: string): string[] {
  const words = new Set<string>();
  for (const [word] of query.normalize('NFKC').toLowerCase().matchAll(WORDS)) {
    if (isHan(word) || !STOP.has(word)) words.add(word);
  }
  return [...words];
}
