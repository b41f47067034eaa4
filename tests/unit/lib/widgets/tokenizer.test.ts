import { describe, expect, it } from 'vitest';
import { getEncoding } from 'js-tiktoken';
import { zhEnRatio } from '@/lib/widgets/tokenizer';
import { sentencePairs } from '@/components/widgets/tokenizer/pairs';
import { ZH_RATIO_O200K } from '@/components/widgets/unit-economics/data';

describe('zh ÷ en token ratio', () => {
  it('is a ratio of sums', () => {
    const chars = (s: string) => [...s].length;
    expect(zhEnRatio([{ en: 'abcd', zh: '甲' }, { en: 'ab', zh: '乙丙丁甲乙' }], chars)).toBe(1);
    expect(zhEnRatio([], chars)).toBeNaN();
  });
  it('is the 1.18 the calculator uses, measured with o200k_base on the book\'s sentence pairs', () => {
    const enc = getEncoding('o200k_base');
    const ratio = zhEnRatio(sentencePairs, (s) => enc.encode(s).length);
    expect(Math.round(ratio * 100) / 100).toBe(ZH_RATIO_O200K);
  });
});
