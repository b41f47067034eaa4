import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { htmlLang, isLang, langs } from '@/lib/i18n/langs';
import { getT } from '@/lib/i18n';
import { themeScript } from '@/lib/theme';
import { absoluteUrl } from '@/lib/site';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return langs.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return {};
  const t = getT(lang);
  return { title: { default: `${t('book.title')}: ${t('book.subtitle')}`, template: `%s · ${t('book.title')}` }, metadataBase: new URL(absoluteUrl('/')) };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1120' },
  ],
};

// Each language is its own root layout, so <html lang> is right in the static HTML itself.
export default async function LangLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = getT(lang);
  return (
    <html lang={htmlLang[lang]} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="bg-white text-slate-800 antialiased dark:bg-slate-950 dark:text-slate-200">
        <a
          href="#content"
          className="sr-only z-50 rounded bg-sky-700 px-3 py-2 text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          {t('nav.skipToContent')}
        </a>
        {children}
      </body>
    </html>
  );
}
