import { BookLink as Link } from '@/components/BookLink';
import type { ReadingEntry } from '@/lib/book';
import type { Lang } from '@/lib/i18n/langs';
import { getT } from '@/lib/i18n';
import { chapterTitle } from './chapter-label';
import { routes } from '@/lib/routes';

type Side = { entry: ReadingEntry; title: string } | undefined;

export function PrevNext({ lang, prev, next }: { lang: Lang; prev: Side; next: Side }) {
  const t = getT(lang);
  const card = 'block rounded-lg border border-slate-200 p-4 hover:border-sky-600 dark:border-slate-700 dark:hover:border-sky-400';
  return (
    <nav aria-label={`${t('nav.previous')} / ${t('nav.next')}`} className="screen-only mt-16 grid gap-4 border-t border-slate-200 pt-8 sm:grid-cols-2 dark:border-slate-800">
      {prev ? (
        <Link href={routes.chapter(lang, prev.entry.slug)} rel="prev" className={card}>
          <span className="text-sm text-slate-500 dark:text-slate-400">← {t('nav.previous')}</span>
          <span className="mt-1 block font-medium text-slate-900 dark:text-white">
            {chapterTitle(t, prev.entry.number, prev.title)}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={routes.chapter(lang, next.entry.slug)} rel="next" className={`${card} text-right`}>
          <span className="text-sm text-slate-500 dark:text-slate-400">{t('nav.next')} →</span>
          <span className="mt-1 block font-medium text-slate-900 dark:text-white">
            {chapterTitle(t, next.entry.number, next.title)}
          </span>
        </Link>
      )}
    </nav>
  );
}
