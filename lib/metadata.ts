import type { Metadata } from 'next';
import { getT } from './i18n';
import { htmlLang, langs, language, otherLangs, type Lang } from './i18n/langs';
import { absoluteUrl } from './site';
import { routes } from './routes';


/**
 * Everything a shared link and a search engine need for one page: title, description, canonical
 * URL, hreflang alternates (zh-Hans, en, x-default → the language chooser at /), Open Graph and
 * Twitter cards. `path` is the page's path after the language ("", "large-model-overview/"),
 * identical in both editions.
 */
export function pageMetadata(lang: Lang, path: string, title: string | undefined, description: string): Metadata {
  const t = getT(lang);
  const book = `${t('book.title')}: ${t('book.subtitle')}`;
  const url = absoluteUrl(routes.page(lang, path));
  const image = { url: absoluteUrl(`/og/book-${lang}.jpg`), width: 1200, height: 630, alt: book };
  return {
    title: title ? { absolute: `${title} · ${t('book.title')}` } : { absolute: book },
    description,
    alternates: {
      canonical: url,
      languages: {
        ...Object.fromEntries(langs.map((l) => [htmlLang[l], absoluteUrl(routes.page(l, path))])),
        'x-default': absoluteUrl('/'),
      },
    },
    openGraph: {
      type: path === '' ? 'book' : 'article',
      siteName: book,
      title: title ?? book,
      description,
      url,
      locale: language(lang).ogLocale,
      alternateLocale: otherLangs(lang).map((l) => language(l).ogLocale),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: title ?? book, description, images: [image.url] },
  };
}
