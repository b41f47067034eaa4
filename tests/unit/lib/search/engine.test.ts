import { describe, expect, it } from 'vitest';
import { buildSearchData, loadSearchData, MAX_QUERY, type SearchRecord } from '@/lib/search/engine';

const record = (url: string, section: string, text: string, terms: string[] = []): SearchRecord => ({ url, chapter: 'C', section, text, terms });

const records = [
  record('/zh/c/#a', '甲', '本节讨论注意力机制如何工作。'),
  record('/zh/c/#b', '乙', '这句话注重意义的力量，与模型无关。'),
  record('/en/c/#organ', 'Organs', 'An organ transplant is surgery.'),
  record('/en/c/#gan', 'Generative models', 'A GAN trains a generator against a discriminator.'),
  record('/en/c/#mention', 'Other', 'Transformers are mentioned here once.'),
  record('/en/c/#define', 'Architecture', 'This section explains it.', ['Transformer']),
];
const engine = loadSearchData(JSON.parse(JSON.stringify(buildSearchData('zh', records))));
const urls = (q: string) => engine.search(q).map((h) => h.record.url);

describe('search engine', () => {
  it('finds a Chinese word inside a compound and not from scattered characters', () => {
    expect(urls('注意力')).toEqual(['/zh/c/#a']);
    expect(urls('机制')).toEqual(['/zh/c/#a']);
    expect(urls('力量')).toEqual(['/zh/c/#b']);
  });
  it('falls back to the words of a Chinese phrase that occurs nowhere whole', () => {
    expect(urls('注意力机制工作')).toEqual(['/zh/c/#a']);
    expect(urls('注意力力量')).toEqual([]);
  });
  it('combines Chinese and Latin words (all must match)', () => {
    expect(urls('GAN 生成')).toEqual([]);
    expect(urls('organ 注意力')).toEqual([]);
  });
  it('matches acronyms as whole words: GAN is not found in "organ"', () => {
    expect(urls('GAN')).toEqual(['/en/c/#gan']);
  });
  it('ranks the section that defines a term above one that mentions it', () => {
    expect(urls('transformer').slice(0, 2)).toEqual(['/en/c/#define', '/en/c/#mention']);
  });
  it('ranks a title match first', () => {
    expect(urls('generative')[0]).toBe('/en/c/#gan');
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
