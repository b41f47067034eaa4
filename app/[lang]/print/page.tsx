import type { Metadata } from 'next';
import { bookOrder, loadChapter, loadTitles } from '@/lib/build/content';
import { getT } from '@/lib/i18n';
import { isLang, type Lang } from '@/lib/i18n/langs';
import { pageMetadata } from '@/lib/metadata';
import { SiteHeader } from '@/components/SiteHeader';
import { ArticleHtml } from '@/components/article/ArticleHtml';
import { PrintButton } from '@/components/PrintButton.client';
import { chapterLabel } from '@/components/chapter-label';
import { BookContents } from '@/components/BookContents';
import { SiteFooter } from '@/components/SiteFooter';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return {};
  const t = getT(lang);
  // The document title becomes the PDF's title.
  // Not for search engines: it repeats the chapters, which are the pages to index.
  return {
    ...pageMetadata(lang, 'print/', undefined, t('book.pitch')),
    title: { absolute: `${t('book.title')}: ${t('book.subtitle')}` },
    robots: { index: false },
  };
}

/**
 * /{lang}/print/ — the whole book on one page, in reading order, for printing and for
 * `npm run pdf`: a title page, a contents list linking inside the document, every chapter on a
 * new page. Ids are prefixed per chapter so they stay unique (lib/print-links.ts).
 */
export default async function PrintPage({ params }: Props) {
  const lang = (await params).lang as Lang;
  const t = getT(lang);
  const order = bookOrder();
  const titles = await loadTitles(lang);
  const docs = await Promise.all(order.map((c) => loadChapter(lang, c.slug)));
  return (
    <>
      <SiteHeader lang={lang} path="print/" withDrawer={false} />
      <main id="content" className="mx-auto max-w-3xl px-5 pb-24">
        <section className="title-page flex min-h-[80vh] flex-col justify-center py-16 print:min-h-[240mm]" aria-labelledby="print-title">
          <h1 id="print-title" className="text-5xl font-bold tracking-tight text-slate-900 dark:text-white">
            {t('book.title')}
          </h1>
          <p className="mt-4 text-2xl text-slate-600 dark:text-slate-300">{t('book.subtitle')}</p>
          <p className="mt-10 max-w-xl text-lg leading-relaxed">{t('book.pitch')}</p>
          <p className="mt-10 text-sm text-slate-500 dark:text-slate-400">
            {t('print.edition')} · {t('print.factsAsOf')}
          </p>
          <p className="mt-8">
            <PrintButton label={t('print.button')} />
          </p>
        </section>

        <nav aria-labelledby="print-toc" className="print-chapter">
          <h2 id="print-toc" className="text-3xl font-bold text-slate-900 dark:text-white">
            {t('nav.contents')}
          </h2>
          <BookContents lang={lang} order={order} titles={titles} target="print" />
        </nav>

        {order.map((c, i) => (
          <article key={c.slug} className="print-chapter prose prose-slate max-w-none pt-12 dark:prose-invert" aria-labelledby={c.slug}>
            <h1 id={c.slug}>
              {chapterLabel(t, c.number) && <span className="mb-1 block text-base font-medium text-slate-500 dark:text-slate-400">{chapterLabel(t, c.number)}</span>}
              {docs[i]!.title}
            </h1>
            <ArticleHtml code={docs[i]!.code} slot={{ target: 'print', lang, slug: c.slug }} />
          </article>
        ))}
      </main>
      <SiteFooter lang={lang} path="print/" />
    </>
  );
}
