import { bookOrder, loadChapter } from './content';
import { sectionNumber } from '../book';
import type { Lang } from '../i18n/langs';

export type CitedAt = { chapter: string; anchor: string; label: string; title: string };

/**
 * Where each reference is cited, in reading order, one entry per h2 section (the anchor is the
 * most specific heading that contains the first citation there). Drives Appendix B's back-links
 * and the check that every entry is cited somewhere.
 */
export async function citationIndex(lang: Lang): Promise<Map<string, CitedAt[]>> {
  const index = new Map<string, CitedAt[]>();
  for (const entry of bookOrder()) {
    const doc = await loadChapter(lang, entry.slug);
    let h2 = { id: entry.slug, title: doc.title };
    for (const s of doc.sections) {
      if (s.depth === 2) h2 = { id: s.id, title: s.title };
      for (const ref of s.cites) {
        const list = index.get(ref) ?? [];
        const label = sectionNumber(entry, h2.id) ?? doc.title;
        if (!list.some((c) => c.chapter === entry.slug && c.label === label)) {
          list.push({ chapter: entry.slug, anchor: s.id || entry.slug, label, title: h2.title });
        }
        index.set(ref, list);
      }
    }
  }
  return index;
}
