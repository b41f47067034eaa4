import type { MetadataRoute } from 'next';
import { bookOrder } from '@/lib/build/content';
import { htmlLang, langs } from '@/lib/i18n/langs';
import { absoluteUrl } from '@/lib/site';
import { routes } from '@/lib/routes';

export const dynamic = 'force-static';

/** Every page in both languages, each with its alternates (the same list the pages declare). */
export default function sitemap(): MetadataRoute.Sitemap {
  const paths = ['', ...bookOrder().map((c) => `${c.slug}/`)];
  return paths.flatMap((path) =>
    langs.map((lang) => ({
      url: absoluteUrl(routes.page(lang, path)),
      alternates: { languages: Object.fromEntries(langs.map((l) => [htmlLang[l], absoluteUrl(routes.page(l, path))])) },
    })),
  );
}
