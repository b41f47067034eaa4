import type { SearchEngine, SearchHit } from '@/lib/search/engine';
import { otherLangs, type Lang } from '@/lib/i18n/langs';
import { routes } from '@/lib/routes';
import { withBase } from '@/lib/site';

const engines = new Map<Lang, Promise<SearchEngine>>();

async function json(url: string): Promise<unknown> {
  const r = await fetch(withBase(url));
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.json();
}

/**
 * The search code and a language's index (no section text) are fetched when the reader shows
 * an intent to search in that language, then kept for the page's lifetime (and by the HTTP
 * cache across pages).
 */
export function loadEngine(lang: Lang): Promise<SearchEngine> {
  let engine = engines.get(lang);
  if (!engine) {
    engine = Promise.all([import('@/lib/search/engine'), json(routes.searchIndex(lang))]).then(([{ loadSearchIndex }, data]) =>
      loadSearchIndex(data as Parameters<typeof loadSearchIndex>[0]),
    );
    // A failed download may be retried on the next keystroke.
    engine.catch(() => engines.delete(lang));
    engines.set(lang, engine);
  }
  return engine;
}

const texts = new Map<string, string[]>();
const textRequests = new Map<string, Promise<string[]>>();
const textKey = (lang: Lang, slug: string) => `${lang}/${slug}`;

/** A result's section text if its chapter's file has arrived. */
export function loadedText(hit: LabelledHit): string | undefined {
  return texts.get(textKey(hit.lang, hit.record.slug))?.[hit.record.part];
}

/**
 * Fetches the text of a result's chapter, for snippets: called only for results on screen, each
 * chapter once per page (the HTTP cache keeps it across pages).
 */
export function loadText(hit: LabelledHit): Promise<string[]> {
  const key = textKey(hit.lang, hit.record.slug);
  let request = textRequests.get(key);
  if (!request) {
    request = json(routes.searchText(hit.lang, hit.record.slug)).then((t) => {
      texts.set(key, t as string[]);
      return t as string[];
    });
    // Scrolling the result back into view retries a failed download.
    request.catch(() => textRequests.delete(key));
    textRequests.set(key, request);
  }
  return request;
}

export type LabelledHit = SearchHit & { lang: Lang };

// More than the book has sections: no result is cut off.
const ALL = 1000;

// Hits at or above this score match a section title or a term the section defines.
const STRONG = 300;

/**
 * Searches the page's language; when that finds nothing strong, also the other editions, whose
 * hits are labelled with their language (an English term typed on the Chinese site still leads
 * somewhere).
 */
export async function searchBook(lang: Lang, query: string): Promise<LabelledHit[]> {
  // Every match, not a first page: the count the reader sees is the real one, and the list
  // scrolls (snippets are fetched only for results on screen).
  const own = (await loadEngine(lang)).search(query, ALL).map((h) => ({ ...h, lang }));
  if (own.some((h) => h.score >= STRONG) || query.trim() === '') return own;
  const theirs = (
    await Promise.all(otherLangs(lang).map(async (other) => (await loadEngine(other)).search(query, own.length === 0 ? 10 : 3).map((h) => ({ ...h, lang: other }))))
  ).flat();
  return [...own, ...theirs.filter((h) => own.length === 0 || h.score >= STRONG)];
}
