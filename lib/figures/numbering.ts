import type { Lang } from '@/lib/i18n/langs';
import { getT } from '@/lib/i18n';

/** A figure's place in the book: its chapter and its number there ("2.5", "A.1"). */
export type FigurePlace = { id: string; chapter: string; number: string };

const FIGURE_LINE = /^<Figure\s+id="([^"]*)"/;

/**
 * The figures of one chapter source, in order, found line by line (a <Figure> stands on a line
 * of its own; fenced code is skipped). remark-figures checks that the parsed chapter agrees, so
 * this cheap scan can number figures of other chapters for cross-references.
 */
export function scanFigures(source: string): { id: string; line: number }[] {
  const found: { id: string; line: number }[] = [];
  let fence: string | null = null;
  source.split('\n').forEach((text, i) => {
    const f = /^\s*(```+|~~~+)/.exec(text);
    if (f) {
      if (fence === null) fence = f[1]![0]!;
      else if (f[1]![0] === fence) fence = null;
      return;
    }
    const m = fence === null ? FIGURE_LINE.exec(text) : null;
    if (m) found.push({ id: m[1]!, line: i + 1 });
  });
  return found;
}

/** Numbers every figure of the book: chapter number, dot, order within the chapter. */
export function numberFigures(chapters: readonly { slug: string; number: string | null; source: string }[]): Map<string, FigurePlace> {
  const places = new Map<string, FigurePlace>();
  for (const c of chapters) {
    scanFigures(c.source).forEach(({ id }, i) => {
      if (c.number !== null && !places.has(id)) places.set(id, { id, chapter: c.slug, number: `${c.number}.${i + 1}` });
    });
  }
  return places;
}

/** "图 2.5" / "Figure 2.5": the one spelling used by captions, cross-references and search. */
export function figureLabel(lang: Lang, number: string): string {
  return getT(lang)('figure.label', { number });
}
