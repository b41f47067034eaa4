import { describe, expect, it } from 'vitest';
import { snippet } from '@/lib/search/snippet';

const hits = (s: ReturnType<typeof snippet>) => s.filter((x) => x.hit).map((x) => x.text);
const joined = (s: ReturnType<typeof snippet>) => s.map((x) => x.text).join('');

describe('snippet', () => {
  it('highlights a Chinese word inside a compound', () => {
    expect(hits(snippet('Transformer 的核心是注意力机制。', ['注意力']))).toEqual(['注意力']);
  });
  it('highlights English words from their start, whole word shown', () => {
    const s = snippet('Word embeddings map tokens to vectors; an embedding is dense.', ['embedding']);
    expect(hits(s)).toEqual(['embeddings', 'embedding']);
  });
  it('does not highlight inside a word (GAN is not in "organ")', () => {
    expect(hits(snippet('An organ and a GAN.', ['gan']))).toEqual(['GAN']);
  });
  it('takes a separate length after the match (a short lead-in keeps the match on the first lines)', () => {
    const text = `${'a'.repeat(200)} attention ${'b'.repeat(200)}`;
    const s = joined(snippet(text, ['attention'], 10, 100));
    expect(s.startsWith('…')).toBe(true);
    expect(s.indexOf('attention')).toBe(11);
    expect(s.length).toBe(1 + 10 + 100 + 1);
  });
  it('cuts a window around the first match with ellipses', () => {
    const text = `${'a'.repeat(200)} attention ${'b'.repeat(200)}`;
    const s = joined(snippet(text, ['attention'], 20));
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('attention');
  });
  it('treats regex metacharacters in the query as text', () => {
    expect(hits(snippet('abc def', ['.*', '[a-z]+', '\\w']))).toEqual([]);
    expect(hits(snippet('costs (USD) here', ['(usd)']))).toEqual(['(USD)']);
    expect(() => snippet('x', ['(', '\\', '*', '?'])).not.toThrow();
  });
});
