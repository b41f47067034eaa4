import { partsOf, sectionNumber, type ReadingEntry } from '@/lib/book';
import { getT } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/langs';
import { printId } from '@/lib/print-links';
import { BookLink } from './BookLink';
import { chapterLabel } from './chapter-label';
import type { ChapterTitles } from './Sidebar';

/**
 * The full table of contents (parts → chapters → numbered sections), for the home page (links to
 * the chapter pages) and the print edition (links inside the one document).
 */
export function BookContents({ lang, order, titles, print = false }: { lang: Lang; order: ReadingEntry[]; titles: ChapterTitles; print?: boolean }) {
  const t = getT(lang);
  const Anchor = ({ href, className, children }: { href: string; className?: string; children: React.ReactNode }) =>
    print ? (
      <a href={href} className={className}>
        {children}
      </a>
    ) : (
      <BookLink href={href} className={className}>
        {children}
      </BookLink>
    );
  const chapterHref = (slug: string) => (print ? `#${slug}` : `/${lang}/${slug}/`);
  const sectionHref = (slug: string, s: string) => (print ? `#${printId(slug, s)}` : `/${lang}/${slug}/#${s}`);
  return partsOf(order).map(({ part, chapters }) => (
    <div key={part.slug} className="mt-8 break-inside-avoid">
      <h3 className="text-sm font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">{part.title[lang]}</h3>
      <ol className="mt-3 space-y-4">
        {chapters.map((c) => (
          <li key={c.slug}>
            <Anchor href={chapterHref(c.slug)} className="text-lg font-semibold text-sky-800 hover:underline dark:text-sky-300">
              {chapterLabel(t, c.number)} {titles[c.slug]?.title}
            </Anchor>
            {c.sections.length > 0 && (
              <ol className="mt-1.5 ml-1 space-y-1 text-slate-700 dark:text-slate-300">
                {c.sections.map((s) => (
                  <li key={s}>
                    <Anchor href={sectionHref(c.slug, s)} className="hover:underline">
                      <span className="mr-2 text-slate-500 tabular-nums dark:text-slate-400">{sectionNumber(c, s)}</span>
                      {titles[c.slug]?.sections[s]}
                    </Anchor>
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
