import { bookOrder, loadChapter } from './content';
import { glossary } from '../glossary';
import type { Lang } from '../i18n/langs';
import { buildSearchIndex, type SearchRecord } from '../search/engine';

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
        slug: entry.slug,
        chapter: doc.title,
        id: s.id,
        section: s.title || doc.title,
        text: s.text,
        terms: [...(defined.get(s.id) ?? []), ...s.terms],
      });
    }
  }
  return records;
}

const built = new Map<Lang, ReturnType<typeof build>>();
const build = async (lang: Lang) => buildSearchIndex(lang, await searchRecords(lang));

/** The index and the per-chapter texts of one language, built once per process for all the routes that serve them. */
export function searchBuild(lang: Lang): ReturnType<typeof build> {
  let b = built.get(lang);
  if (!b) built.set(lang, (b = build(lang)));
  return b;
}
