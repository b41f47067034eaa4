import { Index } from 'flexsearch';
import { isHan, queryWords, tokenize } from './tokenize';
import { closest } from './typo';

/** One searchable unit: an h2 or h3 section (or a chapter's opening text). */
export type SearchRecord = {
  /** URL path inside the site, without base path: /{lang}/{chapter}/#{section} */
  url: string;
  chapter: string;
  section: string;
  /** Terms this section defines (glossary terms and the section's bold phrases). */
  terms: string[];
  text: string;
};

export type SearchData = {
  version: 3;
  lang: string;
  records: SearchRecord[];
  /** The FlexSearch export of the Latin-script terms (FlexSearch 0.8 does not store its settings in it: see createIndex). */
  index: Record<string, string>;
  /** Latin words of five letters or more, for typo tolerance. */
  vocab: string[];
};

export type SearchHit = { record: SearchRecord; score: number };

export const MAX_QUERY = 200;

/** Latin-script index terms; Chinese is matched on the records' text itself (see search()). */
const latinTerms = tokenize;

// The one place the index settings live: the build exports with these, the browser and the
// tests import into these. Resolution 1: ranking is done below from the records themselves,
// so FlexSearch's positional buckets would only add bytes.
function createIndex() {
  return new Index({ tokenize: 'forward', encode: latinTerms, resolution: 1 });
}

const haystack = (r: SearchRecord) => `${r.section} ${r.terms.join(' ')} ${r.text}`;

export function buildSearchData(lang: string, records: SearchRecord[]): SearchData {
  const index = createIndex();
  records.forEach((r, id) => index.add(id, haystack(r)));
  const exported: Record<string, string> = {};
  index.export((key, data) => {
    exported[key] = data;
  });
  const vocab = new Set<string>();
  for (const r of records) for (const t of latinTerms(haystack(r))) if (t.length >= 5 && !/\d/.test(t)) vocab.add(t);
  return { version: 3, lang, records, index: exported, vocab: [...vocab].sort() };
}

export type SearchEngine = { lang: string; search: (query: string, limit?: number) => SearchHit[] };

type Bag = Map<string, number>;

function bag(text: string): Bag {
  const counts: Bag = new Map();
  for (const t of latinTerms(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** How often the query term occurs in a bag, counting terms it is a prefix of (forward matching). */
function frequency(q: string, terms: Bag): number {
  let n = 0;
  for (const [t, count] of terms) if (t.startsWith(q)) n += count;
  return n;
}

function occurrences(needle: string, text: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * The words of a Chinese phrase that occurs nowhere whole ("注意力机制原理" when the book says
 * "注意力机制的原理"): Intl.Segmenter's words where the runtime has them, else two-character chunks.
 */
function parts(run: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(run)].map((s) => s.segment).filter((w) => w.length >= 2);
    if (words.length > 0) return words;
  }
  return run.length < 2 ? [run] : Array.from({ length: Math.ceil(run.length / 2) }, (_, i) => run.slice(2 * i, 2 * i + 2)).filter((c) => c.length === 2);
}

/**
 * Loads an exported index. Latin words go through FlexSearch (prefixes while typing, stemming,
 * typo correction); a Chinese word is looked up as a substring of each section's text, which the
 * results need anyway for snippets. That finds 注意力 inside 注意力机制 and never in
 * 注重意义的力量, and costs no index bytes: a bigram index of the same text measured about
 * 145 KiB gzip for the Chinese edition.
 */
export function loadSearchData(data: SearchData): SearchEngine {
  const index = createIndex();
  for (const [key, value] of Object.entries(data.index)) index.import(key, value);
  const { vocab, records } = data;
  const texts = records.map((r) => r.text.normalize('NFKC').toLowerCase());
  const hays = records.map((r) => haystack(r).normalize('NFKC').toLowerCase());
  const titleTexts = records.map((r) => r.section.normalize('NFKC').toLowerCase());
  const termTexts = records.map((r) => r.terms.join(' ').normalize('NFKC').toLowerCase());
  const bodies = records.map((r) => bag(r.text));
  const titles = records.map((r) => bag(r.section));
  const defines = records.map((r) => bag(r.terms.join(' ')));
  const lengths = texts.map((t) => t.length);
  const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  const idfCache = new Map<string, number>();
  const idf = (key: string, df: () => number) => {
    let v = idfCache.get(key);
    if (v === undefined) {
      const n = df();
      v = Math.log(1 + (records.length - n + 0.5) / (n + 0.5));
      idfCache.set(key, v);
    }
    return v;
  };
  const bm25 = (tf: number, weight: number, id: number) => (weight * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * lengths[id]!) / avgLength));

  /** BM25 over the section's body: frequent mentions in a short section beat one mention in a long one. */
  function bodyScore(latin: readonly string[], han: readonly string[], id: number): number {
    let score = 0;
    for (const q of latin) {
      const tf = frequency(q, bodies[id]!);
      if (tf > 0) score += bm25(tf, idf(q, () => bodies.filter((b) => frequency(q, b) > 0).length), id);
    }
    for (const h of han) {
      const tf = occurrences(h, texts[id]!);
      if (tf > 0) score += bm25(tf, idf(h, () => texts.filter((t) => t.includes(h)).length), id);
    }
    return score;
  }
  const covers = (latin: readonly string[], han: readonly string[], b: Bag, text: string) =>
    latin.every((q) => frequency(q, b) > 0) && han.every((h) => text.includes(h));

  /** Replaces a long Latin word that matches nothing by the closest indexed word (tranformer → transformer). */
  function correct(query: string): string {
    return query.replace(/(?:(?!\p{Script=Han})[\p{L}])+/gu, (word) => {
      const stemmed = tokenize(word)[0];
      if (!stemmed || stemmed.length < 5 || vocab.some((v) => v.startsWith(stemmed))) return word;
      return closest(stemmed, vocab) ?? word;
    });
  }

  /** Sections containing every Chinese word; if a word occurs nowhere whole, all of its parts. */
  function hanMatches(runs: readonly string[], candidates: number[]): number[] {
    let ids = candidates;
    for (const run of runs) {
      const exact = ids.filter((id) => hays[id]!.includes(run));
      ids = exact.length > 0 ? exact : ids.filter((id) => parts(run).every((g) => hays[id]!.includes(g)));
    }
    return ids;
  }

  function search(raw: string, limit = 20): SearchHit[] {
    const query = correct(String(raw).slice(0, MAX_QUERY));
    const latin = [...new Set(latinTerms(query))];
    const han = queryWords(query).filter(isHan);
    if (latin.length === 0 && han.length === 0) return [];
    const candidates = latin.length > 0 ? (index.search(query, { limit: records.length }) as number[]) : records.map((_, id) => id);
    // A match in a section title outranks a section that defines the term, which outranks one
    // that merely mentions it; within a tier, BM25 on the body decides.
    return hanMatches(han, candidates)
      .map((id) => {
        const tier = (covers(latin, han, titles[id]!, titleTexts[id]!) ? 300 : 0) + (covers(latin, han, defines[id]!, termTexts[id]!) ? 200 : 0) + 100;
        return { record: records[id]!, score: tier + Math.min(99, bodyScore(latin, han, id) * 10), id };
      })
      .sort((a, b) => b.score - a.score || a.id - b.id)
      .slice(0, limit)
      .map(({ record, score }) => ({ record, score }));
  }

  return { lang: data.lang, search };
}
