import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { isLang, type Lang } from '@/lib/i18n/langs';
import { withBase } from '@/lib/site';
import { SiteHeader } from '@/components/SiteHeader';
import { BookLink as Link } from '@/components/BookLink';
import { QueryField, SearchPageResults } from '@/components/search/SearchPage.client';
import { searchLabels } from '@/components/search/labels.server';
import { routes } from '@/lib/routes';
import { SiteFooter } from '@/components/SiteFooter';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return {};
  const t = getT(lang);
  return { ...pageMetadata(lang, 'search/', t('search.pageTitle'), t('search.open')), robots: { index: false } };
}

/**
 * /{lang}/search/?q=… — the page the header's search form submits to without JavaScript, and a
 * shareable address for a query. The query runs in the browser against the same index as the dialog.
 */
export default async function SearchPage({ params }: Props) {
  const lang = (await params).lang as Lang;
  const t = getT(lang);
  const labels = searchLabels(lang);
  return (
    <>
      <SiteHeader lang={lang} path="search/" withDrawer={false} />
      <main id="content" className="mx-auto max-w-3xl px-5 pt-10 pb-24">
        <h1 className="text-3xl font-bold text-slate-900 dark:text-white">{t('search.pageTitle')}</h1>
        <form role="search" action={withBase(routes.search(lang))} method="get" className="mt-6 mb-8 flex gap-2">
          <Suspense fallback={<input name="q" type="search" aria-label={labels.placeholder} className="min-w-0 flex-1 rounded-md border px-3 py-2" />}>
            <QueryField label={labels.placeholder} placeholder={labels.placeholder} />
          </Suspense>
          <button type="submit" className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
            {labels.submit}
          </button>
        </form>
        <Suspense fallback={null}>
          <SearchPageResults lang={lang} labels={labels} />
        </Suspense>
        <noscript>
          <p className="text-slate-600 dark:text-slate-300">
            {t('search.needsJs')} <Link href={`${routes.home(lang)}#toc-title`}>{t('nav.contents')}</Link>
          </p>
        </noscript>
      </main>
      <SiteFooter lang={lang} path="search/" />
    </>
  );
}
