import { describe, expect, it } from 'vitest';
import { encodings, tokenCount, tokenSpans, zhEnRatio } from '@/lib/widgets/tokenizer';
import { computeTokenData } from '@/components/widgets/tokenizer/compute';
import tokenData from '@/components/widgets/tokenizer/tokens.json';
import { sentencePairs } from '@/components/widgets/tokenizer/pairs';
import { ZH_RATIO_O200K } from '@/components/widgets/unit-economics/data';

describe('zh ÷ en token ratio', () => {
  it('is a ratio of sums', () => {
    const chars = (s: string) => [...s].length;
    expect(zhEnRatio([{ en: 'abcd', zh: '甲' }, { en: 'ab', zh: '乙丙丁甲乙' }], chars)).toBe(1);
    expect(zhEnRatio([], chars)).toBeNaN();
  });
  it('is the 1.18 the calculator uses, measured with o200k_base on the widget\'s sentence pairs', () => {
    const o200k = tokenData[encodings.indexOf('o200k_base')]!.pairs;
    const ratio = zhEnRatio(sentencePairs, (text) => {
      const i = sentencePairs.findIndex((p) => p.en === text || p.zh === text);
      return tokenCount((text === sentencePairs[i]!.en ? o200k[i]!.en : o200k[i]!.zh) as [string, number][]);
    });
    expect(Math.round(ratio * 100) / 100).toBe(ZH_RATIO_O200K);
  });
});

describe('token spans', () => {
  // A fake byte-level vocabulary: token 1 = "a", tokens 2 and 3 = the two halves of "é".
  const decode = (ids: number[]) => ids.map((i) => (i === 1 ? 'a' : '')).join('') + (ids.includes(2) && !ids.includes(3) ? '\uFFFD' : ids.includes(3) ? 'é' : '');
  it('merges tokens that split one character, and counts them', () => {
    expect(tokenSpans([1, 2, 3], decode)).toEqual([
      ['a', 1],
      ['é', 2],
    ]);
    expect(tokenCount([['a', 1], ['é', 2]])).toBe(3);
  });
  it('are what js-tiktoken gives today (run scripts/tokenize-pairs.ts after editing the pairs)', () => {
    expect(tokenData).toEqual(computeTokenData());
  });
  it('give zh ÷ en ratios of 3.21 (r50k), 1.73 (cl100k) and 1.18 (o200k) over the pairs', () => {
    const ratios = tokenData.map((e) => {
      const sum = (k: 'en' | 'zh') => e.pairs.reduce((n, p) => n + tokenCount(p[k] as [string, number][]), 0);
      return Math.round((sum('zh') / sum('en')) * 100) / 100;
    });
    expect(encodings).toEqual(['r50k_base', 'cl100k_base', 'o200k_base']);
    expect(ratios).toEqual([3.21, 1.73, 1.18]);
  });
});
