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

/** Does every query term occur (as a term or, forward-tokenized, a term's prefix) in `text`? */
function covers(queryTerms: readonly string[], text: string): boolean {
  const terms = tokenize(text);
  return queryTerms.every((q) => terms.some((t) => t.startsWith(q)));
}

export function loadSearchData(data: SearchData): SearchEngine {
  const index = createIndex();
  for (const [key, value] of Object.entries(data.index)) index.import(key, value);
  const { vocab, records } = data;
  const tokens = records.map((r) => tokenize(r.text));
  const avgLength = tokens.reduce((n, t) => n + t.length, 0) / Math.max(1, tokens.length);

  /** BM25 over the section's body: frequent mentions in a short section beat one mention in a long one. */
  function bodyScore(terms: readonly string[], id: number): number {
    const doc = tokens[id]!;
    let score = 0;
    for (const q of terms) {
      let tf = 0;
      for (const t of doc) if (t.startsWith(q)) tf++;
      if (tf === 0) continue;
      let df = 0;
      for (const d of tokens) if (d.some((t) => t.startsWith(q))) df++;
      const idf = Math.log(1 + (tokens.length - df + 0.5) / (df + 0.5));
      score += (idf * (tf * 2.2)) / (tf + 1.2 * (0.25 + (0.75 * doc.length) / avgLength));
    }
    return score;
  }

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
        const tier = (covers(terms, record.section) ? 300 : 0) + (covers(terms, record.terms.join(' ')) ? 200 : 0) + 100;
        return { record, score: tier + Math.min(99, bodyScore(terms, id) * 10), id };
      })
      .sort((a, b) => b.score - a.score || a.id - b.id)
      .slice(0, limit)
      .map(({ record, score }) => ({ record, score }));
  }

  return { lang: data.lang, search };
}

export { queryWords };
