import type { Metadata } from 'next';
import { bookOrder, loadChapter, loadTitles } from '@/lib/build/content';
import { headingNumbers, neighbours } from '@/lib/book';
import { getT, messages } from '@/lib/i18n';
import { readingMinutes } from '@/lib/reading-time';
import { pageMetadata } from '@/lib/metadata';
import { langs, type Lang } from '@/lib/i18n/langs';
import { SiteHeader } from '@/components/SiteHeader';
import { Sidebar } from '@/components/Sidebar';
import { OnThisPage } from '@/components/OnThisPage';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { PrevNext } from '@/components/PrevNext';
import { ScrollSpy } from '@/components/ScrollSpy.client';
import { HashFlash } from '@/components/HashFlash.client';
import { ArticleHtml } from '@/components/article/ArticleHtml';
import { ArticleActions } from '@/components/article/ArticleActions.client';
import { CitePreview } from '@/components/article/CitePreview.client';
import { ReadingAnchor } from '@/components/article/ReadingAnchor.client';
import { WarmBlocks } from '@/components/article/WarmBlocks.client';
import { IslandLoader } from '@/components/islands/IslandLoader.client';
import { chapterLabel, chapterTitle } from '@/components/chapter-label';
import { PrintButton } from '@/components/PrintButton.client';
import { BookLink as Link } from '@/components/BookLink';
import { routes } from '@/lib/routes';
import { SiteFooter } from '@/components/SiteFooter';

type Props = { params: Promise<{ lang: string; chapter: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return langs.flatMap((lang) => bookOrder().map((c) => ({ lang, chapter: c.slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, chapter } = await params;
  const doc = await loadChapter(lang as Lang, chapter);
  return pageMetadata(lang as Lang, `${chapter}/`, doc.title, doc.description);
}

export default async function ChapterPage({ params }: Props) {
  const { lang: l, chapter } = await params;
  const lang = l as Lang;
  const t = getT(lang);
  const order = bookOrder();
  const entry = order.find((c) => c.slug === chapter)!;
  const [doc, titles] = await Promise.all([loadChapter(lang, chapter), loadTitles(lang)]);
  const { prev, next } = neighbours(order, chapter);
  const side = (e: typeof prev) => (e ? { entry: e, title: titles[e.slug]?.title ?? '' } : undefined);
  const label = chapterLabel(t, entry.number);
  const numbers = headingNumbers(entry.number, doc.headings);
  const minutes = readingMinutes(doc.sections.map((x) => `${x.title} ${x.text}`).join(' '), lang);

  return (
    <>
      <SiteHeader lang={lang} path={`${chapter}/`} withDrawer />
      {/* Fixed grid columns, not flex: a long chapter is painted while its HTML is still being
          parsed, before the right rail (after the article in the source) exists; with flex the
          article then moved sideways when the rail arrived (CLS 0.24 at 1440 px). */}
      <div className="page-layout mx-auto max-w-screen-2xl lg:grid lg:grid-cols-[18rem_minmax(0,1fr)] xl:grid-cols-[18rem_minmax(0,1fr)_15rem]">
        <div id="drawer-backdrop" className="fixed inset-x-0 top-(--header-height) bottom-0 z-30 hidden bg-slate-900/40 lg:hidden" />
        <aside
          id="sidebar"
          data-spy-scroll
          className="shrink-0 overflow-y-auto border-r border-slate-200 bg-white px-3 py-6 lg:sticky lg:top-(--header-height) lg:h-[calc(100vh-var(--header-height))] dark:border-slate-800 dark:bg-slate-950"
        >
          <Sidebar lang={lang} order={order} titles={titles} current={chapter} headings={doc.headings} />
        </aside>
        <main id="content" className="min-w-0 px-5 pt-8 pb-8 sm:px-8 lg:px-12">
          <div className="mx-auto max-w-[40rem]">
            <p className="print-only mb-6 border-b border-slate-300 pb-2 text-sm text-slate-600">
              {t('book.title')}: {t('book.subtitle')}
            </p>
            <div className="screen-only">
              <Breadcrumbs lang={lang} part={entry.part.title[lang]} chapter={chapterTitle(t, entry.number, doc.title)} />
            </div>
            <article className="prose prose-slate max-w-none sm:prose-lg dark:prose-invert prose-headings:scroll-mt-20 prose-a:text-sky-700 dark:prose-a:text-sky-300">
              <h1 id={chapter}>
                {label && <span className="mb-1 block text-base font-medium text-slate-500 dark:text-slate-400">{label}</span>}
                {doc.title}
              </h1>
              <p className="-mt-4 mb-8 text-sm text-slate-500 dark:text-slate-400" data-testid="reading-time">
                {t('reading.minutes', { count: minutes })}
              </p>
              <ArticleHtml code={doc.code} slot={{ target: 'web', lang, slug: chapter }} />
            </article>
            {/* Printing is what a reader does after reading, so its controls close the chapter
                instead of crowding its title (on phones they collided with "Chapter N"). */}
            <div className="screen-only mt-12 flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
              <PrintButton label={t('print.button')} />
              <Link href={routes.print(lang)} className="rounded-md px-2 py-1.5 text-sm text-sky-800 hover:underline dark:text-sky-300">
                {t('print.book')}
              </Link>
            </div>
            <PrevNext lang={lang} prev={side(prev)} next={side(next)} />
          </div>
          <SiteFooter lang={lang} path={`${chapter}/`} />
        </main>
        <aside className="hidden xl:block">
          <div data-spy-scroll className="sticky top-(--header-height) max-h-[calc(100vh-var(--header-height))] overflow-y-auto py-8 pr-4">
            <OnThisPage title={t('nav.onThisPage')} headings={doc.headings} numbers={numbers} />
          </div>
        </aside>
      </div>
      {/* Where the reader is in a long chapter: a progress line under the header (CSS only) and,
          once they have scrolled, the time left with a way back to the top (ScrollSpy updates it). */}
      <div className="reading-progress screen-only" aria-hidden="true" />
      <a
        href={`#${chapter}`}
        data-reading-status
        data-total={minutes}
        data-template={messages(lang).reading.left}
        title={t('reading.top')}
        aria-label={t('reading.top')}
        className="reading-status screen-only"
      >
        <span data-reading-left>{t('reading.minutes', { count: minutes })}</span>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <path fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" d="M12 19V5M5 12l7-7 7 7" />
        </svg>
      </a>
      <ScrollSpy chapter={chapter} />
      <HashFlash />
      <ArticleActions />
      <CitePreview label={t('refs.entry')} />
      <ReadingAnchor />
      <WarmBlocks />
      <IslandLoader />
    </>
  );
}
