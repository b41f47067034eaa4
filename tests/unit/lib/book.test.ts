import { describe, expect, it } from 'vitest';
import { headingNumbers, neighbours, partsOf, readingOrder, sectionNumber } from '@/lib/book';
import { toc } from '@/content/toc';

const all = () => true;

describe('readingOrder', () => {
  it('lists only chapters that exist, in table-of-contents order', () => {
    const order = readingOrder(toc, (s) => ['algorithm-principles', 'large-model-overview', 'references'].includes(s));
    expect(order.map((c) => c.slug)).toEqual(['large-model-overview', 'algorithm-principles', 'references']);
    expect(order.map((c) => c.index)).toEqual([0, 1, 2]);
    expect(order[2]?.part.slug).toBe('part-appendices');
  });

  it('covers every chapter of the outline exactly once', () => {
    const slugs = readingOrder(toc, all).map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toHaveLength(10);
  });
});

describe('neighbours', () => {
  const order = readingOrder(toc, all);
  it('gives no previous chapter for the first and no next for the last', () => {
    expect(neighbours(order, 'large-model-overview').prev).toBeUndefined();
    expect(neighbours(order, 'large-model-overview').next?.slug).toBe('algorithm-principles');
    expect(neighbours(order, 'references').next).toBeUndefined();
  });
  it('crosses part boundaries', () => {
    expect(neighbours(order, 'business-applications').prev?.slug).toBe('algorithm-principles');
  });
  it('returns nothing for an unknown chapter', () => {
    expect(neighbours(order, 'nope')).toEqual({ prev: undefined, next: undefined });
  });
});

describe('partsOf', () => {
  it('groups consecutive chapters under their part and drops empty parts', () => {
    const order = readingOrder(toc, (s) => s === 'large-model-overview' || s === 'case-studies');
    expect(partsOf(order).map((g) => [g.part.slug, g.chapters.map((c) => c.slug)])).toEqual([
      ['part-foundations', ['large-model-overview']],
      ['part-entrepreneurship', ['case-studies']],
    ]);
  });
});

describe('sectionNumber', () => {
  it('numbers sections within chapters and appendices', () => {
    expect(sectionNumber({ number: '2', sections: ['a', 'b', 'c'] }, 'c')).toBe('2.3');
    expect(sectionNumber({ number: 'A', sections: ['x'] }, 'x')).toBe('A.1');
  });
  it('does not number sections of unnumbered chapters or unknown ids', () => {
    expect(sectionNumber({ number: null, sections: ['x'] }, 'x')).toBeUndefined();
    expect(sectionNumber({ number: '1', sections: ['x'] }, 'y')).toBeUndefined();
  });
});

describe('headingNumbers', () => {
  const hs = [
    { depth: 2 as const, id: 'a' },
    { depth: 3 as const, id: 'a1' },
    { depth: 3 as const, id: 'a2' },
    { depth: 2 as const, id: 'b' },
    { depth: 3 as const, id: 'b1' },
  ];
  it('numbers sections and sub-sections like the navigation', () => {
    expect([...headingNumbers('2', hs)]).toEqual([['a', '2.1'], ['a1', '2.1.1'], ['a2', '2.1.2'], ['b', '2.2'], ['b1', '2.2.1']]);
    expect(headingNumbers('A', hs).get('b')).toBe('A.2');
  });
  it('leaves an unnumbered chapter unnumbered', () => {
    expect(headingNumbers(null, hs).size).toBe(0);
  });
});
