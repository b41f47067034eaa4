import type { Metadata } from 'next';
import { BookLink as Link } from '@/components/BookLink';
import { bookOrder, loadChapter, loadTitles, OVERVIEW } from '@/lib/build/content';
import { getT, messages } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { isLang, type Lang } from '@/lib/i18n/langs';
import { SiteHeader } from '@/components/SiteHeader';
import { ArticleHtml } from '@/components/article/ArticleHtml';
import { BookContents } from '@/components/BookContents';
import { ContinueReading } from '@/components/ContinueReading.client';
import { routes } from '@/lib/routes';
import { partsOf } from '@/lib/book';
import { readingMinutes } from '@/lib/reading-time';
import { chapterTitle } from '@/components/chapter-label';
import { SiteFooter } from '@/components/SiteFooter';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return {};
  return pageMetadata(lang, '', undefined, getT(lang)('book.pitch'));
}

export default async function HomePage({ params }: Props) {
  const lang = (await params).lang as Lang;
  const t = getT(lang);
  const order = bookOrder();
  const [overview, titles, docs] = await Promise.all([loadChapter(lang, OVERVIEW), loadTitles(lang), Promise.all(order.map((c) => loadChapter(lang, c.slug)))]);
  const first = order[0];
  const about = new Map(
    order.map((c, i) => [c.slug, { summary: docs[i]!.description, minutes: readingMinutes(docs[i]!.sections.map((x) => `${x.title} ${x.text}`).join(' '), lang) }]),
  );
  return (
    <>
      <SiteHeader lang={lang} path="" withDrawer={false} />
      <main id="content" className="mx-auto max-w-5xl px-5 pt-12 pb-24">
        <section aria-labelledby="book-title" className="border-b border-slate-200 pb-10 dark:border-slate-800">
          <h1 id="book-title" className="text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl dark:text-white">
            {t('book.title')}
          </h1>
          <p className="mt-3 text-xl text-slate-600 dark:text-slate-300">{t('book.subtitle')}</p>
          <p className="mt-6 max-w-3xl text-lg leading-relaxed">{t('book.pitch')}</p>
          <p className="mt-3 max-w-3xl text-slate-600 dark:text-slate-400">{t('home.audience')}</p>
          {first && (
            <Link
              href={routes.chapter(lang, first.slug)}
              className="mt-8 inline-block rounded-md bg-sky-700 px-5 py-2.5 font-medium text-white hover:bg-sky-800"
            >
              {t('nav.startReading')} →
            </Link>
          )}
          <ContinueReading lang={lang} titles={titles} label={messages(lang).reading.continue} />
          <p className="mt-6">
            <Link href={routes.print(lang)} data-testid="print-book" className="text-sm text-sky-800 hover:underline dark:text-sky-300">
              {t('print.button')} →
            </Link>
          </p>
        </section>

        <section aria-labelledby="parts-title" className="border-b border-slate-200 py-10 dark:border-slate-800">
          <h2 id="parts-title" className="text-2xl font-bold text-slate-900 dark:text-white">
            {t('home.parts')}
          </h2>
          {partsOf(order).map(({ part, chapters }) => (
            <div key={part.slug} className="mt-8">
              <h3 className="text-sm font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">{part.title[lang]}</h3>
              <ul className="mt-3 grid gap-4 sm:grid-cols-2" data-testid="chapter-cards">
                {chapters.map((c) => (
                  <li key={c.slug}>
                    <Link
                      href={routes.chapter(lang, c.slug)}
                      className="flex h-full flex-col rounded-lg border border-slate-200 p-4 transition-colors hover:border-sky-600 hover:bg-sky-50/50 dark:border-slate-800 dark:hover:border-sky-400 dark:hover:bg-sky-950/40"
                    >
                      <span className="font-semibold text-slate-900 dark:text-white">{chapterTitle(t, c.number, titles[c.slug]?.title ?? '')}</span>
                      <span className="mt-1.5 line-clamp-3 text-sm text-slate-600 dark:text-slate-400">{about.get(c.slug)?.summary}</span>
                      <span className="mt-auto pt-3 text-xs text-slate-500 dark:text-slate-400">{t('reading.minutes', { count: about.get(c.slug)?.minutes ?? 1 })}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>

        <section id="book-overview" aria-labelledby="overview-title" className="py-10">
          <h2 id="overview-title" className="text-2xl font-bold text-slate-900 dark:text-white">
            {overview.title}
          </h2>
          <ArticleHtml code={overview.code} slot={{ target: 'web', lang, slug: OVERVIEW }} className="prose prose-slate mt-4 max-w-3xl dark:prose-invert" />
        </section>

        <section aria-labelledby="toc-title" data-testid="toc">
          <h2 id="toc-title" className="text-2xl font-bold text-slate-900 dark:text-white">
            {t('nav.contents')}
          </h2>
          <BookContents lang={lang} order={order} titles={titles} />
        </section>
      </main>
      <SiteFooter lang={lang} path="" />
    </>
  );
}
