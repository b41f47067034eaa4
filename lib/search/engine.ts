import { routes } from '../routes';
import { hanWords, parts, pieces } from './han';
import { isHan, queryWords, tokenize } from './tokenize';
import { closest } from './typo';
import { decodeVlq, encodeVlq } from './vlq';

/** One searchable unit as the build reads it: an h2 or h3 section (or a chapter's opening text). */
export type SearchRecord = {
  /** The chapter's slug and title. */
  slug: string;
  chapter: string;
  /** The section's id ('' for the chapter's opening text) and title. */
  id: string;
  section: string;
  /** Terms this section defines (glossary terms and the section's bold phrases). */
  terms: string[];
  text: string;
};

/**
 * What the first query needs, written to /{lang}/search-index.json: no section text, only what
 * finds and ranks sections and names them in the results. The text for snippets is a file per
 * chapter (SearchTexts), fetched for the results the reader sees.
 */
export type SearchIndexFile = {
  v: 4;
  lang: string;
  /** [slug, title] per chapter, in reading order. */
  chapters: [string, string][];
  /** Per section, in reading order: chapter (index into chapters), id, title ('' = the chapter's), defined terms. */
  sections: [number, string, string, string[]][];
  /** Length of each section's text in characters (BM25 favours short sections), VLQ. */
  lengths: string;
  /** Latin-script terms of the sections' text (lib/search/tokenize.ts), sorted, front-coded (frontCode). */
  latin: string;
  /** Per term: how many sections, then per section the gap from the previous one and its count (see encodeTable). */
  latinPostings: string;
  /** Chinese words of the sections' text (lib/search/han.ts), sorted, front-coded. */
  han: string;
  hanPostings: string;
};

/** Per chapter slug, the text of its sections in the order of SearchIndexFile.sections. */
export type SearchTexts = Record<string, string[]>;

/** A section as a result shows it; its text is `texts[slug][part]`. */
export type SearchSection = { url: string; slug: string; part: number; chapter: string; section: string };

export type SearchHit = { record: SearchSection; score: number };

export type SearchEngine = { lang: string; search: (query: string, limit?: number) => SearchHit[] };

export const MAX_QUERY = 200;

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

type Counts = Map<number, number>;

// Counts above this add nothing: BM25 has long saturated (2.2·tf / (tf + 1.2·norm)).
const MAX_COUNT = 30;

/**
 * A sorted term table as two strings: the terms, and VLQ postings. Each section entry packs the
 * gap to the previous section id with a flag for "count above one", so the common entry (gap
 * below 16, count 1) is one character.
 */
function encodeTable(table: Map<string, Counts>): [string, string] {
  const keys = [...table.keys()].sort();
  const values: number[] = [];
  for (const key of keys) {
    const entries = [...table.get(key)!].sort((a, b) => a[0] - b[0]);
    values.push(entries.length);
    let prev = -1;
    for (const [id, count] of entries) {
      values.push((id - prev - 1) * 2 + (count > 1 ? 1 : 0));
      if (count > 1) values.push(Math.min(count, MAX_COUNT) - 2);
      prev = id;
    }
  }
  return [frontCode(keys), encodeVlq(values)];
}

// Terms are lower-cased, so an ASCII capital can mark where each one starts.
const SHARED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Sorted terms, each written as how many characters it shares with the one before (a capital
 * letter, A = none) and the rest: "transform transformer" → "AtransformJer". Saves a quarter of
 * the terms' gzip size (Chinese words sharing a first character, English stems).
 */
export function frontCode(sorted: readonly string[]): string {
  let prev: string[] = [];
  return sorted
    .map((term) => {
      const chars = [...term];
      let shared = 0;
      while (shared < SHARED.length - 1 && shared < prev.length && chars[shared] === prev[shared]) shared++;
      if (/[A-Z]/.test(term)) throw new Error(`search index: term with a capital letter: ${term}`);
      prev = chars;
      return SHARED[shared] + chars.slice(shared).join('');
    })
    .join('');
}

export function frontDecode(text: string): string[] {
  const out: string[] = [];
  let prev = '';
  for (let i = 0; i < text.length; ) {
    const shared = text.charCodeAt(i) - 65;
    let end = i + 1;
    while (end < text.length && !(text.charCodeAt(end) >= 65 && text.charCodeAt(end) <= 90)) end++;
    // Shared lengths count code points; only rare Han characters take two UTF-16 units.
    let cut = 0;
    for (let n = 0; n < shared; n++) cut += prev.codePointAt(cut)! > 0xffff ? 2 : 1;
    prev = prev.slice(0, cut) + text.slice(i + 1, end);
    out.push(prev);
    i = end;
  }
  return out;
}

/** Postings decoded into flat arrays: term k's sections are ids[start[k] .. start[k + 1]). */
type Table = { keys: string[]; start: Int32Array; ids: Int32Array; counts: Int32Array };

function decodeTable(keysText: string, postings: string): Table {
  const keys = frontDecode(keysText);
  const values = decodeVlq(postings);
  const start = new Int32Array(keys.length + 1);
  const ids = new Int32Array(values.length);
  const counts = new Int32Array(values.length);
  let at = 0;
  let n = 0;
  for (let k = 0; k < keys.length; k++) {
    start[k] = n;
    let id = -1;
    for (let left = values[at++]!; left > 0; left--) {
      const packed = values[at++]!;
      id += Math.floor(packed / 2) + 1;
      ids[n] = id;
      counts[n++] = packed % 2 === 1 ? values[at++]! + 2 : 1;
    }
  }
  start[keys.length] = n;
  if (at !== values.length) throw new Error('search index: postings do not match the terms');
  return { keys, start, ids, counts };
}

function addPostings(into: Counts, table: Table, k: number) {
  for (let p = table.start[k]!; p < table.start[k + 1]!; p++) into.set(table.ids[p]!, (into.get(table.ids[p]!) ?? 0) + table.counts[p]!);
}

function count(table: Map<string, Counts>, key: string, id: number) {
  let map = table.get(key);
  if (!map) table.set(key, (map = new Map()));
  map.set(id, (map.get(id) ?? 0) + 1);
}

export function buildSearchIndex(lang: string, records: SearchRecord[]): { index: SearchIndexFile; texts: SearchTexts } {
  const chapters: [string, string][] = [];
  const texts: SearchTexts = {};
  const latin = new Map<string, Counts>();
  const han = new Map<string, Counts>();
  const sections = records.map((r, id): [number, string, string, string[]] => {
    if (!texts[r.slug]) {
      texts[r.slug] = [];
      chapters.push([r.slug, r.chapter]);
    }
    texts[r.slug]!.push(r.text);
    for (const t of tokenize(r.text)) count(latin, t, id);
    for (const w of hanWords(r.text)) count(han, w, id);
    return [chapters.length - 1, r.id, r.section === r.chapter ? '' : r.section, r.terms];
  });
  const [latinKeys, latinPostings] = encodeTable(latin);
  const [hanKeys, hanPostings] = encodeTable(han);
  const index: SearchIndexFile = {
    v: 4,
    lang,
    chapters,
    sections,
    lengths: encodeVlq(records.map((r) => fold(r.text).length)),
    latin: latinKeys,
    latinPostings,
    han: hanKeys,
    hanPostings,
  };
  return { index, texts };
}

type Bag = Map<string, number>;

function bag(text: string): Bag {
  const counts: Bag = new Map();
  for (const t of tokenize(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** How often the query term occurs in a bag, counting terms it is a prefix of (forward matching). */
function frequency(q: string, terms: Bag): number {
  let n = 0;
  for (const [t, c] of terms) if (t.startsWith(q)) n += c;
  return n;
}

/** First index in a sorted array whose value is ≥ `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Loads the index. Latin words match as prefixes (while typing) after stemming and typo
 * correction; a Chinese word matches inside the book's words (注意力 in 注意力机制), a longer
 * phrase as the words it splits into. Ranking: a match in the section title, then in a term
 * the section defines, then BM25 over the section's text, all from the index alone.
 */
export function loadSearchIndex(file: SearchIndexFile): SearchEngine {
  if (file.v !== 4) throw new Error(`search index: unknown version ${String(file.v)}`);
  const { lang } = file;
  const seen = new Map<number, number>();
  const records: SearchSection[] = file.sections.map(([c, id, title]) => {
    const [slug, chapter] = file.chapters[c]!;
    const part = seen.get(c) ?? 0;
    seen.set(c, part + 1);
    return { url: routes.chapter(lang, slug, id || undefined), slug, part, chapter, section: title || chapter };
  });
  const titleTexts = records.map((r) => fold(r.section));
  const termTexts = file.sections.map((s) => fold(s[3].join(' ')));
  const titles = records.map((r) => bag(r.section));
  const defines = file.sections.map((s) => bag(s[3].join(' ')));
  const lengths = decodeVlq(file.lengths);
  const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  const latin = decodeTable(file.latin, file.latinPostings);
  const han = decodeTable(file.han, file.hanPostings);

  // Every substring of every Chinese word → the words containing it.
  const within = new Map<string, number[]>();
  let longest = 1;
  han.keys.forEach((word, k) => {
    const chars = [...word];
    longest = Math.max(longest, chars.length);
    const subs = new Set<string>();
    for (let i = 0; i < chars.length; i++) for (let j = i + 1; j <= chars.length; j++) subs.add(chars.slice(i, j).join(''));
    for (const s of subs) {
      const list = within.get(s);
      if (list) list.push(k);
      else within.set(s, [k]);
    }
  });

  // Latin words of five letters or more, for typo correction.
  const vocabSet = new Set(latin.keys);
  for (const b of [...titles, ...defines]) for (const t of b.keys()) vocabSet.add(t);
  const vocab = [...vocabSet].filter((t) => t.length >= 5 && !/\d/.test(t)).sort();

  const memo = new Map<string, Counts>();
  /** Sections whose text has a Latin term starting with q, with the summed counts. */
  function latinCounts(q: string): Counts {
    const key = `l:${q}`;
    let out = memo.get(key);
    if (!out) {
      out = new Map();
      for (let i = lowerBound(latin.keys, q); i < latin.keys.length && latin.keys[i]!.startsWith(q); i++) addPostings(out, latin, i);
      memo.set(key, out);
    }
    return out;
  }
  /** Sections holding every piece, with the smallest of the pieces' counts. */
  function allPieces(split: readonly string[]): Counts {
    const per = split.map((p) => {
      const m: Counts = new Map();
      for (const k of within.get(p) ?? []) addPostings(m, han, k);
      return m;
    });
    per.sort((a, b) => a.size - b.size);
    const out: Counts = new Map();
    for (const [id, c] of per[0] ?? []) {
      let min = c;
      for (const m of per.slice(1)) min = Math.min(min, m.get(id) ?? 0);
      if (min > 0) out.set(id, min);
    }
    return out;
  }
  /**
   * Sections whose text has the Chinese run: read as the fewest pieces of indexed words, or as
   * the words the build would have cut it into (the segmenter cuts a term one way in one
   * sentence and another way in the next: 编码器 and 编码|器).
   */
  function hanCounts(run: string): Counts {
    const key = `h:${run}`;
    let out = memo.get(key);
    if (!out) {
      out = new Map();
      const fewest = pieces(run, (p) => within.has(p), longest);
      const asBuilt = hanWords(run);
      for (const split of fewest ? [fewest, asBuilt] : []) {
        for (const [id, c] of allPieces(split)) out.set(id, Math.max(c, out.get(id) ?? 0));
      }
      memo.set(key, out);
    }
    return out;
  }

  const idf = (df: number) => Math.log(1 + (records.length - df + 0.5) / (df + 0.5));
  const bm25 = (tf: number, id: number) => (tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * lengths[id]!) / avgLength));
  const hasHan = (run: string, id: number) => titleTexts[id]!.includes(run) || termTexts[id]!.includes(run) || hanCounts(run).has(id);

  /** BM25 over the section's text: frequent mentions in a short section beat one mention in a long one. */
  function bodyScore(latinQ: readonly string[], hanQ: readonly string[], id: number): number {
    let score = 0;
    for (const counts of [...latinQ.map(latinCounts), ...hanQ.map(hanCounts)]) {
      const tf = counts.get(id);
      if (tf) score += idf(counts.size) * bm25(tf, id);
    }
    return score;
  }
  const covers = (latinQ: readonly string[], hanQ: readonly string[], b: Bag, text: string) =>
    latinQ.every((q) => frequency(q, b) > 0) && hanQ.every((h) => text.includes(h));

  const corrections = new Map<string, string>();
  /** Replaces a long Latin word that matches nothing by the closest indexed word (tranformer → transformer). */
  function correct(query: string): string {
    return query.replace(/(?:(?!\p{Script=Han})[\p{L}])+/gu, (word) => {
      const stemmed = tokenize(word)[0];
      if (!stemmed || stemmed.length < 5 || vocab[lowerBound(vocab, stemmed)]?.startsWith(stemmed)) return word;
      let fixed = corrections.get(stemmed);
      if (fixed === undefined) corrections.set(stemmed, (fixed = closest(stemmed, vocab) ?? ''));
      return fixed || word;
    });
  }

  /** Sections containing every Chinese run; if a run occurs nowhere, all of its words. */
  function hanMatches(runs: readonly string[], candidates: number[]): number[] {
    let ids = candidates;
    for (const run of runs) {
      const exact = ids.filter((id) => hasHan(run, id));
      ids = exact.length > 0 ? exact : ids.filter((id) => parts(run).every((g) => hasHan(g, id)));
    }
    return ids;
  }

  function latinMatches(terms: readonly string[]): number[] {
    const all = records.map((_, id) => id);
    if (terms.length === 0) return all;
    return all.filter((id) => terms.every((q) => latinCounts(q).has(id) || frequency(q, titles[id]!) > 0 || frequency(q, defines[id]!) > 0));
  }

  function search(raw: string, limit = 20): SearchHit[] {
    const query = correct(String(raw).slice(0, MAX_QUERY));
    const latinQ = [...new Set(tokenize(query))];
    const hanQ = queryWords(query).filter(isHan);
    if (latinQ.length === 0 && hanQ.length === 0) return [];
    // A match in a section title outranks a section that defines the term, which outranks one
    // that merely mentions it; within a tier, BM25 on the text decides.
    return hanMatches(hanQ, latinMatches(latinQ))
      .map((id) => {
        const tier = (covers(latinQ, hanQ, titles[id]!, titleTexts[id]!) ? 300 : 0) + (covers(latinQ, hanQ, defines[id]!, termTexts[id]!) ? 200 : 0) + 100;
        return { record: records[id]!, score: tier + Math.min(99, bodyScore(latinQ, hanQ, id) * 10), id };
      })
      .sort((a, b) => b.score - a.score || a.id - b.id)
      .slice(0, limit)
      .map(({ record, score }) => ({ record, score }));
  }

  return { lang, search };
}
