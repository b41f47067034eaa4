import { describe, expect, it } from 'vitest';
import { anchorFor, correction, parseAnchor } from '@/lib/scroll-anchor';

describe('scroll anchor', () => {
  const blocks = [
    { top: -900, bottom: -400 },
    { top: -380, bottom: 60 },
    { top: 80, bottom: 300 },
  ];
  it('anchors to the first block still visible below the reading area top', () => {
    expect(anchorFor(blocks, 56)).toEqual({ index: 1, offset: -380 });
    expect(anchorFor(blocks, 70)).toEqual({ index: 2, offset: 80 });
    expect(anchorFor(blocks, 400)).toBeUndefined();
    expect(anchorFor([], 0)).toBeUndefined();
  });
  it('corrects by the distance the block has moved', () => {
    expect(correction({ index: 1, offset: -380 }, -170)).toBe(210);
    expect(correction({ index: 1, offset: -380 }, -380)).toBe(0);
  });
  it('reads back only a well-formed anchor', () => {
    expect(parseAnchor({ index: 3, offset: -12.5 })).toEqual({ index: 3, offset: -12.5 });
    for (const bad of [null, undefined, 'x', {}, { index: -1, offset: 0 }, { index: 1.5, offset: 0 }, { index: 1, offset: NaN }, { index: 1 }]) expect(parseAnchor(bad)).toBeUndefined();
  });
});
