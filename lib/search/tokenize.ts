// One tokenizer for indexing and querying, in Node (build, tests) and in the browser, so the
// two can never drift.

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
 * Text → index terms for words in Latin (and other space-separated) scripts: lower-cased,
 * stemmed, stop words dropped. Chinese runs are skipped here: the engine matches them as
 * substrings of the sections' text (lib/search/engine.ts).
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const [word] of text.normalize('NFKC').toLowerCase().matchAll(WORDS)) {
    if (!isHan(word) && !STOP.has(word)) out.push(stem(word));
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
