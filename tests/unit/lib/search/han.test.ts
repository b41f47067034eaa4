import { describe, expect, it } from 'vitest';
import { hanWords, parts, pieces } from '@/lib/search/han';

const wordsOf = (...words: string[]) => {
  const subs = new Set<string>();
  for (const w of words) for (let i = 0; i < w.length; i++) for (let j = i + 1; j <= w.length; j++) subs.add(w.slice(i, j));
  return (p: string) => subs.has(p);
};

describe('Chinese words for the index', () => {
  it('keeps repeats and drops everything that is not Han', () => {
    const words = hanWords('注意力机制 (attention) 与注意力。');
    expect(words.filter((w) => w === '注意力')).toHaveLength(2);
    expect(words.join('')).toBe('注意力机制与注意力');
  });
  it('indexes a stretch of single characters as overlapping pairs, without grammatical particles', () => {
    // Intl.Segmenter cuts 每个词元 into four single characters and 的 is a particle.
    expect(hanWords('每个词元的算力')).toEqual(['每个', '个词', '词元', '算力']);
  });
  it('splits a phrase that occurs nowhere whole into its words of two characters or more', () => {
    expect(parts('注意力机制工作')).toEqual(['注意力', '机制', '工作']);
  });
});

describe('pieces of a Chinese query', () => {
  const known = wordsOf('注意力', '机制', '注重', '意义', '的', '力量', '大', '模型');
  it('is the run itself inside one word', () => {
    expect(pieces('注意力', known, 3)).toEqual(['注意力']);
    expect(pieces('意力', known, 3)).toEqual(['意力']);
  });
  it('splits a phrase across words into the fewest pieces', () => {
    expect(pieces('注意力机制', known, 3)).toEqual(['注意力', '机制']);
    expect(pieces('大模型', known, 3)).toEqual(['大', '模型']);
  });
  it('never matches scattered single characters', () => {
    expect(pieces('注意力', wordsOf('注重', '意义', '的', '力量'), 2)).toBeUndefined();
  });
  it('has no split when a character is in no word', () => {
    expect(pieces('注意猫', known, 3)).toBeUndefined();
  });
  it('keeps characters outside the BMP whole', () => {
    expect(pieces('𠀀模型', wordsOf('𠀀', '模型'), 2)).toEqual(['𠀀', '模型']);
  });
});
