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
  version: 2;
  lang: string;
  records: SearchRecord[];
  /** The FlexSearch export (FlexSearch 0.8 does not store its settings in it: see createIndex). */
  index: Record<string, string>;
  /** Latin words of five letters or more, for typo tolerance. */
  vocab: string[];
};

export type SearchHit = { record: SearchRecord; score: number };

export const MAX_QUERY = 200;

// The one place the index settings live: the build exports with these, the browser and the
// tests import into these. Resolution 1: ranking is done below from the records themselves,
// so FlexSearch's positional buckets would only add bytes.
function createIndex() {
  return new Index({ tokenize: 'forward', encode: tokenize, resolution: 1 });
}

const indexedText = (r: SearchRecord) => `${r.section} ${r.terms.join(' ')} ${r.text}`;

export function buildSearchData(lang: string, records: SearchRecord[]): SearchData {
  const index = createIndex();
  records.forEach((r, id) => index.add(id, indexedText(r)));
  const exported: Record<string, string> = {};
  index.export((key, data) => {
    exported[key] = data;
  });
  const vocab = new Set<string>();
  for (const r of records) {
    for (const t of tokenize(indexedText(r))) if (t.length >= 5 && !isHan(t) && !/\d/.test(t)) vocab.add(t);
  }
  return { version: 2, lang, records, index: exported, vocab: [...vocab].sort() };
}

export type SearchEngine = { lang: string; search: (query: string, limit?: number) => SearchHit[] };

type Bag = Map<string, number>;

function bag(text: string): Bag {
  const counts: Bag = new Map();
  for (const t of tokenize(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** How often the query term occurs in a bag, counting terms it is a prefix of (forward matching). */
function frequency(q: string, terms: Bag): number {
  let n = 0;
  for (const [t, count] of terms) if (t.startsWith(q)) n += count;
  return n;
}

export function loadSearchData(data: SearchData): SearchEngine {
  const index = createIndex();
  for (const [key, value] of Object.entries(data.index)) index.import(key, value);
  const { vocab, records } = data;
  // Per-record term counts, computed once at load: ranking then never re-tokenizes text.
  const bodies = records.map((r) => bag(r.text));
  const titles = records.map((r) => bag(r.section));
  const defines = records.map((r) => bag(r.terms.join(' ')));
  const lengths = records.map((r, i) => [...bodies[i]!.values()].reduce((a, b) => a + b, 0));
  const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  const idfCache = new Map<string, number>();
  const idf = (q: string) => {
    let v = idfCache.get(q);
    if (v === undefined) {
      const df = bodies.filter((b) => frequency(q, b) > 0).length;
      v = Math.log(1 + (bodies.length - df + 0.5) / (df + 0.5));
      idfCache.set(q, v);
    }
    return v;
  };

  /** BM25 over the section's body: frequent mentions in a short section beat one mention in a long one. */
  function bodyScore(terms: readonly string[], id: number): number {
    let score = 0;
    for (const q of terms) {
      const tf = frequency(q, bodies[id]!);
      if (tf > 0) score += (idf(q) * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * lengths[id]!) / avgLength));
    }
    return score;
  }
  const covers = (terms: readonly string[], b: Bag) => terms.every((q) => frequency(q, b) > 0);

  /** Replaces a long Latin word that matches nothing by the closest indexed word (tranformer → transformer). */
  function correct(query: string): string {
    return query.replace(/(?:(?!\p{Script=Han})[\p{L}])+/gu, (word) => {
      const stemmed = tokenize(word)[0];
      if (!stemmed || stemmed.length < 5 || vocab.some((v) => v.startsWith(stemmed))) return word;
      return closest(stemmed, vocab) ?? word;
    });
  }

  function search(raw: string, limit = 20): SearchHit[] {
    const query = correct(String(raw).slice(0, MAX_QUERY));
    const terms = [...new Set(tokenize(query))];
    if (terms.length === 0) return [];
    const ids = index.search(query, { limit: 200 }) as number[];
    // A match in a section title outranks a section that defines the term, which outranks one
    // that merely mentions it; within a tier, BM25 on the body decides.
    return ids
      .map((id) => {
        const record = records[id]!;
        const tier = (covers(terms, titles[id]!) ? 300 : 0) + (covers(terms, defines[id]!) ? 200 : 0) + 100;
        return { record, score: tier + Math.min(99, bodyScore(terms, id) * 10), id };
      })
      .sort((a, b) => b.score - a.score || a.id - b.id)
      .slice(0, limit)
      .map(({ record, score }) => ({ record, score }));
  }

  return { lang: data.lang, search };
}

export { queryWords };
