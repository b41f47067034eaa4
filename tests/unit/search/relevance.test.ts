import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, type SearchEngine } from '@/lib/search/engine';
import { searchRecords } from '@/lib/build/search-records';
import type { Lang } from '@/lib/i18n/langs';
import { en, zh, type Case } from './queries';

// The real index: built from the book by the same code as the site's search-index.json, then
// serialised and loaded exactly as the browser does (the index alone: no section text).
const engines = {} as Record<Lang, SearchEngine>;
beforeAll(async () => {
  for (const lang of ['zh', 'en'] as const) {
    const { index } = buildSearchIndex(lang, await searchRecords(lang));
    engines[lang] = loadSearchIndex(JSON.parse(JSON.stringify(index)));
  }
}, 120_000);

const sectionOf = (url: string) => url.split('#')[1] ?? '';

function check(lang: Lang, [query, expected, why]: Case) {
  it(`${query} → ${expected[0]} (${why})`, () => {
    const top = engines[lang].search(query).slice(0, 3).map((h) => sectionOf(h.record.url));
    expect(top.some((id) => expected.includes(id)), `top 3 for "${query}": ${top.join(', ')}`).toBe(true);
  });
}

describe('Chinese queries', () => zh.forEach((c) => check('zh', c)));
describe('English queries', () => en.forEach((c) => check('en', c)));
describe('English terms typed on the Chinese edition', () => {
  check('zh', ['Transformer', ['transformer-architecture'], 'Latin term in Chinese text']);
  check('zh', ['BLEU', ['machine-translation'], 'metric name in Chinese text']);
});
