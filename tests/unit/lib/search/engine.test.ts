import { describe, expect, it } from 'vitest';
import { buildSearchIndex, frontCode, frontDecode, loadSearchIndex, MAX_QUERY, type SearchRecord } from '@/lib/search/engine';

const record = (id: string, section: string, text: string, terms: string[] = []): SearchRecord => ({ slug: 'c', chapter: 'C', id, section, text, terms });

const records = [
  record('a', '甲', '本节讨论注意力机制如何工作。'),
  record('b', '乙', '这句话注重意义的力量，与模型无关。'),
  record('organ', 'Organs', 'An organ transplant is surgery.'),
  record('gan', 'Generative models', 'A GAN trains a generator against a discriminator.'),
  record('mention', 'Other', 'Transformers are mentioned here once.'),
  record('define', 'Architecture', 'This section explains it.', ['Transformer']),
];
const engine = loadSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex('zh', records).index)));
const urls = (q: string) => engine.search(q).map((h) => h.record.url.split('#')[1]);

describe('search engine', () => {
  it('finds a Chinese word inside a compound and not from scattered characters', () => {
    expect(urls('注意力')).toEqual(['a']);
    expect(urls('机制')).toEqual(['a']);
    expect(urls('力量')).toEqual(['b']);
  });
  it('falls back to the words of a Chinese phrase that occurs nowhere whole', () => {
    expect(urls('注意力机制工作')).toEqual(['a']);
    expect(urls('注意力力量')).toEqual([]);
  });
  it('combines Chinese and Latin words (all must match)', () => {
    expect(urls('GAN 生成')).toEqual([]);
    expect(urls('organ 注意力')).toEqual([]);
  });
  it('matches acronyms as whole words: GAN is not found in "organ"', () => {
    expect(urls('GAN')).toEqual(['gan']);
  });
  it('ranks the section that defines a term above one that mentions it', () => {
    expect(urls('transformer').slice(0, 2)).toEqual(['define', 'mention']);
  });
  it('ranks a title match first', () => {
    expect(urls('generative')[0]).toBe('gan');
  });
  it('returns nothing for input without searchable characters', () => {
    for (const q of ['', '   ', '😀😀', '<>', '***', '\u0000']) expect(urls(q)).toEqual([]);
  });
  it('survives hostile and huge input', () => {
    const inputs = ['<script>alert(1)</script>', '.*+?^${}()|[]\\', 'a'.repeat(10_000), '注'.repeat(10_000), 'GPT-3 参数 <b>x</b>', '\uD800', '%E4%B8', 'constructor', '__proto__', 'toString'];
    for (const q of inputs) expect(() => engine.search(q)).not.toThrow();
    expect(MAX_QUERY).toBeLessThan(1_000);
  });
});

describe('the index file', () => {
  const { index, texts } = buildSearchIndex('zh', records);
  it('holds no section text: that is in the per-chapter files, in index order', () => {
    const json = JSON.stringify(index);
    for (const r of records) expect(json).not.toContain(r.text);
    expect(texts).toEqual({ c: records.map((r) => r.text) });
    const hit = engine.search('discriminator')[0]!;
    expect(texts[hit.record.slug]![hit.record.part]).toContain('discriminator');
  });
  it('front-codes sorted terms and decodes them back', () => {
    const terms = ['gan', 'gpt3', 'transform', 'transformer', '注意', '注意力', '注重', '𠀀模型', '𠀀模式'];
    expect(frontCode(['transform', 'transformer'])).toBe('AtransformJer');
    expect(frontDecode(frontCode(terms))).toEqual(terms);
  });
  it('refuses a file of another version', () => {
    expect(() => loadSearchIndex({ ...index, v: 3 as 4 })).toThrow(/version/);
  });
});
