import { getT } from '@/lib/i18n';
import { htmlLang, otherLangs, type Lang } from '@/lib/i18n/langs';
import { routes } from '@/lib/routes';
import { licence, reportUrl } from '@/lib/site';
import { BookLink } from './BookLink';

/** Every page ends the same way: the edition, the licence, where to report an error, the other editions. */
export function SiteFooter({ lang, path }: { lang: Lang; path: string }) {
  const t = getT(lang);
  // Underlined: links beside plain text must not rely on colour alone (axe link-in-text-block).
  const link = 'text-sky-800 underline underline-offset-2 dark:text-sky-300';
  return (
    <footer className="screen-only mt-16 border-t border-slate-200 px-5 py-8 text-sm text-slate-600 sm:px-8 dark:border-slate-800 dark:text-slate-400" data-testid="site-footer">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-6 gap-y-2">
        <span>
          {t('book.title')} · {t('footer.edition')}
        </span>
        <a href={licence.url} rel="license noopener" className={link}>
          {t('footer.licence', { name: licence.name })}
        </a>
        <a href={reportUrl} className={link} data-testid="report-error">
          {t('footer.report')}
        </a>
        <span>
          {t('footer.otherEditions')}{' '}
          {otherLangs(lang).map((other) => (
            <BookLink key={other} href={routes.page(other, path)} hrefLang={htmlLang[other]} lang={htmlLang[other]} className={link}>
              {getT(other)('lang.name')}
            </BookLink>
          ))}
        </span>
      </div>
    </footer>
  );
}
