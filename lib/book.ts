import type { TocChapter, TocPart } from '@/content/toc';

export type ReadingEntry = TocChapter & { part: TocPart; index: number };

/**
 * The chapters that exist, in reading order, each with its part. Everything that needs an
 * order (sidebar, home page, prev/next, print, search) derives it from here, never from the
 * file system.
 */
export function readingOrder(toc: readonly TocPart[], exists: (slug: string) => boolean): ReadingEntry[] {
  const order: ReadingEntry[] = [];
  for (const part of toc) {
    for (const chapter of part.chapters) {
      if (exists(chapter.slug)) order.push({ ...chapter, part, index: order.length });
    }
  }
  return order;
}

export function neighbours(order: readonly ReadingEntry[], slug: string) {
  const i = order.findIndex((c) => c.slug === slug);
  if (i < 0) return { prev: undefined, next: undefined };
  return { prev: order[i - 1], next: order[i + 1] };
}

/** Parts that have at least one existing chapter, each with those chapters. */
export function partsOf(order: readonly ReadingEntry[]): { part: TocPart; chapters: ReadingEntry[] }[] {
  const groups: { part: TocPart; chapters: ReadingEntry[] }[] = [];
  for (const entry of order) {
    const last = groups.at(-1);
    if (last?.part.slug === entry.part.slug) last.chapters.push(entry);
    else groups.push({ part: entry.part, chapters: [entry] });
  }
  return groups;
}

/** "1.3" for the third section of chapter 1, "A.2" in appendix A; undefined for unnumbered chapters. */
export function sectionNumber(chapter: Pick<TocChapter, 'number' | 'sections'>, sectionId: string): string | undefined {
  const i = chapter.sections.indexOf(sectionId);
  if (i < 0 || chapter.number === null) return undefined;
  return `${chapter.number}.${i + 1}`;
}

/**
 * Numbers for every h2/h3 of a chapter, the way the navigation and Appendix B number sections:
 * "2.5" for the fifth h2 of Chapter 2, "2.5.3" for the third h3 under it. Chapters without a
 * number (the summary) have none. One function, so headings, rail, print and search agree.
 */
export function headingNumbers(chapterNumber: string | null, headings: readonly { depth: 2 | 3; id: string }[]): Map<string, string> {
  const numbers = new Map<string, string>();
  if (chapterNumber === null) return numbers;
  let h2 = 0;
  let h3 = 0;
  for (const h of headings) {
    if (h.depth === 2) {
      h2 += 1;
      h3 = 0;
      numbers.set(h.id, `${chapterNumber}.${h2}`);
    } else if (h2 > 0) {
      h3 += 1;
      numbers.set(h.id, `${chapterNumber}.${h2}.${h3}`);
    }
  }
  return numbers;
}
