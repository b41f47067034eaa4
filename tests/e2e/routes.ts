import { bookOrder } from '../../lib/build/content';
import { langs } from '../../lib/i18n/langs';
import { routes } from '../../lib/routes';

// Routes come from the same table of contents that builds the site, so a new chapter is tested
// without touching the tests.
export const chapters = bookOrder();
export { langs, routes };
export const chapterRoutes = langs.flatMap((lang) => chapters.map((c) => ({ lang, chapter: c, path: routes.chapter(lang, c.slug) })));
