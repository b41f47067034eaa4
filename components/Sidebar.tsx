import { BookLink as Link } from '@/components/BookLink';
import type { ReadingEntry } from '@/lib/book';
import { headingNumbers, partsOf, sectionNumber } from '@/lib/book';
import type { Lang } from '@/lib/i18n/langs';
import type { HeadingInfo } from '@/lib/mdx/remark-heading-ids';
import { getT } from '@/lib/i18n';
import { chapterTitle } from './chapter-label';
import { routes } from '@/lib/routes';

export type ChapterTitles = Record<string, { title: string; sections: Record<string, string> }>;

/**
 * The whole book's contents; the current chapter is open and its sections are spied on. Its
 * sub-sections (h3) are listed too below 1280 px, where the "On this page" rail is not shown, so
 * every heading is reachable at every width (in the phone drawer as well).
 */
export function Sidebar({ lang, order, titles, current, headings = [] }: { lang: Lang; order: ReadingEntry[]; titles: ChapterTitles; current?: string; headings?: readonly HeadingInfo[] }) {
  const subsections = (h2: string) => {
    const start = headings.findIndex((h) => h.id === h2);
    if (start < 0) return [];
    const end = headings.findIndex((h, i) => i > start && h.depth === 2);
    return headings.slice(start + 1, end < 0 ? undefined : end).filter((h) => h.depth === 3);
  };
  const t = getT(lang);
  return (
    <nav aria-label={t('nav.contents')} data-spy className="text-sm">
      {partsOf(order).map(({ part, chapters }) => (
        <div key={part.slug} className="mb-5">
          <p className="mb-1.5 px-2 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
            {part.title[lang]}
          </p>
          <ul className="space-y-0.5">
            {chapters.map((c) => {
              const isCurrent = c.slug === current;
              return (
                <li key={c.slug}>
                  <Link
                    href={routes.chapter(lang, c.slug)}
                    aria-current={isCurrent ? 'page' : undefined}
                    className="block rounded-md px-2 py-1.5 text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-sky-50 aria-[current=page]:font-semibold aria-[current=page]:text-sky-800 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-sky-950 dark:aria-[current=page]:text-sky-200"
                  >
                    {chapterTitle(t, c.number, titles[c.slug]?.title ?? '')}
                  </Link>
                  {isCurrent && c.sections.length > 0 && (
                    <ul className="mt-0.5 mb-2 ml-3 border-l border-slate-200 dark:border-slate-700">
                      {c.sections.map((s) => (
                        <li key={s}>
                          <a
                            href={`#${s}`}
                            className="block py-1 pr-2 pl-3 text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white"
                          >
                            {sectionNumber(c, s)} {titles[c.slug]?.sections[s]}
                          </a>
                          {subsections(s).length > 0 && (
                            <ul className="xl:hidden">
                              {subsections(s).map((h) => (
                                <li key={h.id}>
                                  <a href={`#${h.id}`} className="block py-0.5 pr-2 pl-6 text-[0.8125rem] text-slate-500 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white">
                                    {sectionNumber(c, s) && <span className="section-number">{headingNumbers(c.number, headings).get(h.id)}</span>} {h.text}
                                  </a>
                                </li>
                              ))}
                            </ul>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
