import { BookLink as Link } from '@/components/BookLink';
import type { Lang } from '@/lib/i18n/langs';
import { getT } from '@/lib/i18n';
import { routes } from '@/lib/routes';

export function Breadcrumbs({ lang, part, chapter }: { lang: Lang; part: string; chapter: string }) {
  const t = getT(lang);
  return (
    <nav aria-label={t('nav.breadcrumbs')} className="screen-only mb-4 text-sm text-slate-500 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-1.5">
        <li>
          <Link href={routes.home(lang)} className="hover:text-slate-900 dark:hover:text-white">
            {t('nav.home')}
          </Link>
        </li>
        <li aria-hidden="true">›</li>
        <li>{part}</li>
        <li aria-hidden="true">›</li>
        <li aria-current="page" className="text-slate-700 dark:text-slate-300">
          {chapter}
        </li>
      </ol>
    </nav>
  );
}
