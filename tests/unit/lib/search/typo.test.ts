import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '@/lib/search/typo';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit', () => {
    expect(editDistance('tranformer', 'transformer', 2)).toBe(1);
    expect(editDistance('speach', 'speech', 2)).toBe(1);
    expect(editDistance('atention', 'attention', 2)).toBe(1);
    expect(editDistance('recieve', 'receive', 2)).toBe(1);
  });
  it('stops early once past the cap', () => {
    expect(editDistance('embedding', 'attention', 2)).toBe(3);
  });
});

describe('closest', () => {
  const vocab = ['attention', 'transformer', 'transfer', 'speech', 'specific'];
  it('corrects one edit from five letters and two from eight', () => {
    expect(closest('tranformer', vocab)).toBe('transformer');
    expect(closest('trasnformr', vocab)).toBe('transformer');
    expect(closest('speach', vocab)).toBe('speech');
  });
  it('gives nothing when no word is close enough', () => {
    expect(closest('zebra', vocab)).toBeUndefined();
    expect(closest('spexxx', vocab)).toBeUndefined();
  });
});
