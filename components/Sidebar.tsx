import { BookLink as Link } from '@/components/BookLink';
import type { ReadingEntry } from '@/lib/book';
import { partsOf, sectionNumber } from '@/lib/book';
import type { Lang } from '@/lib/i18n/langs';
import { getT } from '@/lib/i18n';
import { chapterLabel } from './chapter-label';
import { routes } from '@/lib/routes';

export type ChapterTitles = Record<string, { title: string; sections: Record<string, string> }>;

/** The whole book's contents; the current chapter is open and its sections are spied on. */
export function Sidebar({ lang, order, titles, current }: { lang: Lang; order: ReadingEntry[]; titles: ChapterTitles; current?: string }) {
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
                    {chapterLabel(t, c.number)} {titles[c.slug]?.title}
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
