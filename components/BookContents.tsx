import { partsOf, sectionNumber, type ReadingEntry } from '@/lib/book';
import { getT } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/langs';
import { chapterHref, type RenderTarget } from '@/lib/render-target';
import { BookLink } from './BookLink';
import { chapterTitle } from './chapter-label';
import type { ChapterTitles } from './Sidebar';

/**
 * The full table of contents (parts → chapters → numbered sections), for the home page (links to
 * the chapter pages) and the print edition (links inside the one document).
 */
export function BookContents({ lang, order, titles, target = 'web' }: { lang: Lang; order: ReadingEntry[]; titles: ChapterTitles; target?: RenderTarget }) {
  const t = getT(lang);
  return partsOf(order).map(({ part, chapters }) => (
    <div key={part.slug} className="mt-8 break-inside-avoid">
      <h3 className="text-sm font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">{part.title[lang]}</h3>
      <ol className="mt-3 space-y-4">
        {chapters.map((c) => (
          <li key={c.slug}>
            <BookLink href={chapterHref(target, lang, c.slug)} className="text-lg font-semibold text-sky-800 hover:underline dark:text-sky-300">
              {chapterTitle(t, c.number, titles[c.slug]?.title ?? '')}
            </BookLink>
            {c.sections.length > 0 && (
              <ol className="mt-1.5 ml-1 space-y-1 text-slate-700 dark:text-slate-300">
                {c.sections.map((s) => (
                  <li key={s}>
                    <BookLink href={chapterHref(target, lang, c.slug, s)} className="hover:underline">
                      <span className="mr-2 text-slate-500 tabular-nums dark:text-slate-400">{sectionNumber(c, s)}</span>
                      {titles[c.slug]?.sections[s]}
                    </BookLink>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </div>
  ));
}
