/**
 * Every public address of the book is built and parsed here. They are a contract (readers share
 * them), so pages, navigation, the MDX link checker, the print rewriter, the link checker of the
 * export, the sitemap and the tests all go through these functions instead of writing paths.
 * Paths are without the base path: `withBase` (lib/site.ts) or <BookLink> adds it.
 */
export const routes = {
  /** `/zh/` — the book's home in one language. */
  home: (lang: string) => `/${lang}/`,
  /** `/zh/attention/#scaled-dot-product` — a chapter, or one of its sections. */
  chapter: (lang: string, chapter: string, section?: string) => `/${lang}/${chapter}/${section ? `#${section}` : ''}`,
  /** `/zh/print/` — the whole book on one page. */
  print: (lang: string) => `/${lang}/print/`,
  /** `/zh/search/?q=…` — search results as a page (the form target without JavaScript). */
  search: (lang: string, query?: string) => `/${lang}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  /** A reference's entry in Appendix B. */
  reference: (lang: string, id: string) => `/${lang}/references/#ref-${id}`,
  /** The search index of one language (a static file). */
  searchIndex: (lang: string) => `/${lang}/search-index.json`,
  /** One chapter's section text for search snippets (fetched only for results on screen). */
  searchText: (lang: string, chapter: string) => `/${lang}/search-text/${chapter}.json`,
  /**
   * The same page in another edition: `rest` is what follows the language ("x/", "", "print/"),
   * identical in every edition by design.
   */
  page: (lang: string, rest: string) => `/${lang}/${rest}`,
} as const;

export type Route =
  | { kind: 'home'; lang: string }
  | { kind: 'chapter'; lang: string; chapter: string; section?: string }
  | { kind: 'print'; lang: string; section?: string }
  | { kind: 'search'; lang: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads a site path (optionally with ?query and #fragment) back into a route; anything that is
 * not one of the book's pages (a file, another site, a malformed path) gives undefined.
 */
export function parseRoute(href: string): Route | undefined {
  const hash = href.indexOf('#');
  const fragment = hash >= 0 ? href.slice(hash + 1) : undefined;
  const path = (hash >= 0 ? href.slice(0, hash) : href).split('?')[0]!;
  const parts = path.split('/');
  // "/zh/x/" splits into ["", "zh", "x", ""]: a leading and a trailing slash are required.
  if (parts[0] !== '' || parts.at(-1) !== '' || parts.length < 3 || parts.length > 4) return undefined;
  const lang = parts[1]!;
  if (!SLUG.test(lang)) return undefined;
  if (parts.length === 3) return { kind: 'home', lang };
  const segment = parts[2]!;
  if (!SLUG.test(segment)) return undefined;
  const section = fragment ? fragment : undefined;
  if (segment === 'print') return { kind: 'print', lang, section };
  if (segment === 'search') return { kind: 'search', lang };
  return { kind: 'chapter', lang, chapter: segment, section };
}

/**
 * Links written by authors in MDX have no language, `/chapter/` or `/chapter/#section`, so one
 * text works in every edition; this reads them (undefined: not of that form).
 */
export function parseAuthorLink(url: string): { chapter: string; section?: string } | undefined {
  const m = /^\/([a-z0-9-]+)\/(?:#([a-z0-9-]+))?$/.exec(url);
  if (!m) return undefined;
  return m[2] ? { chapter: m[1]!, section: m[2] } : { chapter: m[1]! };
}

/** What follows the language in a site path ("/zh/x/" → "x/"), the part shared by all editions. */
export function pathAfterLang(path: string): string {
  return path.replace(/^\/[^/]+\//, '');
}
