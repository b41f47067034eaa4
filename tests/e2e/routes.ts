import { bookOrder } from '../../lib/content';
import { langs } from '../../lib/i18n/langs';

// Routes come from the same table of contents that builds the site, so a new chapter is tested
// without touching the tests.
export const chapters = bookOrder();
export { langs };
export const chapterRoutes = langs.flatMap((lang) => chapters.map((c) => ({ lang, chapter: c, path: `/${lang}/${c.slug}/` })));
