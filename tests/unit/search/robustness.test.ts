import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, type SearchEngine, type SearchTexts } from '@/lib/search/engine';
import { searchRecords } from '@/lib/build/search-records';
import { snippet } from '@/lib/search/snippet';
import { queryWords } from '@/lib/search/tokenize';
import { adversarialQueries } from './adversarial';

let engine: SearchEngine;
let texts: SearchTexts;
beforeAll(async () => {
  const built = buildSearchIndex('zh', await searchRecords('zh'));
  engine = loadSearchIndex(JSON.parse(JSON.stringify(built.index)));
  texts = built.texts;
}, 120_000);

describe('1,000 adversarial queries against the search module', () => {
  it('never throw, return well-formed hits, and snippets are only the record text', () => {
    const queries = adversarialQueries(1000);
    expect(queries).toHaveLength(1000);
    for (const q of queries) {
      const hits = engine.search(q);
      expect(Array.isArray(hits)).toBe(true);
      for (const h of hits.slice(0, 3)) {
        expect(h.record.url).toMatch(/^\/zh\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/);
        const section = texts[h.record.slug]![h.record.part]!;
        const segments = snippet(section, queryWords(q));
        const text = segments.map((s) => s.text).join('').replace(/^…|…$/g, '');
        expect(section).toContain(text);
      }
    }
  });
});
