import { describe, expect, it } from 'vitest';
import { headingMismatch } from '@/lib/heading-parity';

const h = (depth: 2 | 3, id: string, line: number) => ({ depth, id, line });
const zh = { lang: 'zh', file: 'zh/x.mdx', headings: [h(2, 'a', 3), h(3, 'b', 9)] };

describe('headingMismatch', () => {
  it('accepts editions with the same ids at the same levels', () => {
    expect(headingMismatch([zh, { ...zh, lang: 'en', file: 'en/x.mdx' }, { ...zh, lang: 'xx', file: 'xx/x.mdx' }])).toBeUndefined();
  });
  it('reports a different level at the edition that differs', () => {
    const en = { lang: 'en', file: 'en/x.mdx', headings: [h(2, 'a', 4), h(2, 'b', 12)] };
    expect(headingMismatch([zh, en])).toEqual({ file: 'en/x.mdx', line: 12, reason: 'Headings differ between languages at #2: zh has "3:b", en has "2:b"' });
  });
  it('reports a heading missing in one edition at the line where the other has it', () => {
    const en = { lang: 'en', file: 'en/x.mdx', headings: [h(2, 'a', 4)] };
    expect(headingMismatch([zh, en])).toMatchObject({ file: 'zh/x.mdx', line: 9 });
  });
  it('checks the third edition too, not only the first two', () => {
    const xx = { lang: 'xx', file: 'xx/x.mdx', headings: [h(2, 'a', 3), h(3, 'c', 7)] };
    expect(headingMismatch([zh, zh, xx])).toMatchObject({ file: 'xx/x.mdx', line: 7 });
  });
});
