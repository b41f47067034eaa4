import { bookOrder, loadChapter } from './content';
import { glossary } from '../glossary';
import type { Lang } from '../i18n/langs';
import { routes } from '../routes';
import type { SearchRecord } from '../search/engine';

/** One record per h2/h3 section of every published chapter, in reading order. */
export async function searchRecords(lang: Lang): Promise<SearchRecord[]> {
  const defined = new Map<string, string[]>();
  for (const term of glossary) defined.set(term.section, [...(defined.get(term.section) ?? []), term[lang]]);
  const records: SearchRecord[] = [];
  for (const entry of bookOrder()) {
    const doc = await loadChapter(lang, entry.slug);
    for (const s of doc.sections) {
      if (s.text === '' && s.depth !== 1) continue;
      records.push({
        url: routes.chapter(lang, entry.slug, s.id || undefined),
        chapter: doc.title,
        section: s.title || doc.title,
        text: s.text,
        terms: [...(defined.get(s.id) ?? []), ...s.terms],
      });
    }
  }
  return records;
}
