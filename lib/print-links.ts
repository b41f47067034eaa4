import { parseRoute } from './routes';

/**
 * On the one-page print edition every chapter is on the same page, so ids are prefixed with their
 * chapter ("attention-mechanism" → "algorithm-principles--attention-mechanism") to stay unique, and
 * links between chapters become links inside the document (which a PDF keeps clickable).
 */
export function printId(chapter: string, id: string): string {
  return `${chapter}--${id}`;
}

/** Rewrites an href found in chapter `chapter` of the `lang` edition for the print page. */
export function printHref(href: string, lang: string, chapter: string): string {
  if (href.startsWith('#')) return href.length > 1 ? `#${printId(chapter, href.slice(1))}` : href;
  const route = parseRoute(href);
  if (route?.kind !== 'chapter' || route.lang !== lang) return href;
  return route.section ? `#${printId(route.chapter, route.section)}` : `#${route.chapter}`;
}
