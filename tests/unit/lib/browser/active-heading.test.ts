import { describe, expect, it } from 'vitest';
import { activeHeading } from '@/lib/browser/active-heading';

const view = { headerHeight: 56, viewportHeight: 856, atBottom: false };
// Reading line: 56 + 32 = 88 px from the top of the viewport.

describe('activeHeading', () => {
  it('is nothing before the first heading reaches the reading line', () => {
    expect(activeHeading([{ id: 'a', top: 120 }], view)).toBeUndefined();
  });
  it('is the last heading above the reading line', () => {
    const hs = [
      { id: 'a', top: -900 },
      { id: 'b', top: 72 },
      { id: 'c', top: 150 },
    ];
    expect(activeHeading(hs, view)).toBe('b');
  });
  it('counts a heading exactly on the line as being read', () => {
    expect(activeHeading([{ id: 'a', top: 88 }], view)).toBe('a');
  });
  it('picks the last heading at the bottom of the page, where a short last section cannot reach the line', () => {
    const hs = [
      { id: 'a', top: -400 },
      { id: 'b', top: 700 },
    ];
    expect(activeHeading(hs, { ...view, atBottom: true })).toBe('b');
  });
  it('handles a page without headings', () => {
    expect(activeHeading([], view)).toBeUndefined();
  });
});
