import type { Metadata } from 'next';
import { bookOrder, loadTitles } from '@/lib/build/content';
import { getT } from '@/lib/i18n';
import { htmlLang, langs } from '@/lib/i18n/langs';
import { basePath, withBase } from '@/lib/site';
import { notFoundLanguageScript } from '@/lib/language-choice';
import { themeScript } from '@/lib/theme';
import { chapterTitle } from '@/components/chapter-label';
import './globals.css';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: '404 · 页面不存在 / Page not found', robots: { index: false } };

// A static host serves one 404.html for every unknown address, so the page carries every edition.
const pickScript = notFoundLanguageScript(basePath);

export default async function GlobalNotFound() {
  const order = bookOrder();
  const titles = Object.fromEntries(await Promise.all(langs.map(async (l) => [l, await loadTitles(l)] as const)));
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
        <script dangerouslySetInnerHTML={{ __html: pickScript }} />
      </head>
      <body className="bg-white text-slate-800 antialiased dark:bg-slate-950 dark:text-slate-200">
        <main id="content" className="mx-auto max-w-2xl px-5 py-16">
          {langs.map((lang) => {
            const t = getT(lang);
            return (
              <section key={lang} lang={htmlLang[lang]} data-for={lang} className="not-found-lang mb-16">
                <p className="text-sm font-semibold text-sky-700 dark:text-sky-300">404</p>
                <h1 className="mt-2 text-3xl font-bold text-slate-900 dark:text-white">{t('notFound.title')}</h1>
                <p className="mt-4">{t('notFound.body')}</p>
                <form role="search" action={withBase(routes.search(lang))} method="get" className="mt-6 flex gap-2">
                  <input
                    name="q"
                    type="search"
                    aria-label={t('search.placeholder')}
                    placeholder={t('search.placeholder')}
                    className="min-w-0 flex-1 rounded-md border border-slate-300 bg-transparent px-3 py-2 dark:border-slate-700"
                  />
                  <button type="submit" className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white">
                    {t('search.submit')}
                  </button>
                </form>
                <nav aria-label={t('nav.contents')} className="mt-8">
                  <h2 className="font-semibold text-slate-900 dark:text-white">{t('nav.contents')}</h2>
                  <ul className="mt-3 space-y-1.5">
                    <li>
                      <a href={withBase(routes.home(lang))} className="text-sky-800 hover:underline dark:text-sky-300">
                        {t('nav.home')}
                      </a>
                    </li>
                    {order.map((c) => (
                      <li key={c.slug}>
                        <a href={withBase(routes.chapter(lang, c.slug))} className="text-sky-800 hover:underline dark:text-sky-300">
                          {chapterTitle(t, c.number, titles[lang]?.[c.slug]?.title ?? '')}
                        </a>
                      </li>
                    ))}
                  </ul>
                </nav>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
