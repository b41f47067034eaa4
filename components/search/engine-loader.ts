import type { SearchEngine, SearchHit } from '@/lib/search/engine';
import { otherLangs, type Lang } from '@/lib/i18n/langs';
import { withBase } from '@/lib/site';
import { routes } from '@/lib/routes';

const engines = new Map<Lang, Promise<SearchEngine>>();

/**
 * The search code and a language's index are fetched the first time the reader searches that
 * language, then kept for the page's lifetime (and by the HTTP cache across pages).
 */
export function loadEngine(lang: Lang): Promise<SearchEngine> {
  let engine = engines.get(lang);
  if (!engine) {
    engine = Promise.all([import('@/lib/search/engine'), fetch(withBase(routes.searchIndex(lang))).then((r) => r.json())]).then(
      ([{ loadSearchData }, data]) => loadSearchData(data),
    );
    // A failed download may be retried on the next keystroke.
    engine.catch(() => engines.delete(lang));
    engines.set(lang, engine);
  }
  return engine;
}

export type LabelledHit = SearchHit & { lang: Lang };

// Hits at or above this score match a section title or a term the section defines.
const STRONG = 300;

/**
 * Searches the page's language; when that finds nothing strong, also the other editions, whose
 * hits are labelled with their language (an English term typed on the Chinese site still leads
 * somewhere).
 */
export async function searchBook(lang: Lang, query: string): Promise<LabelledHit[]> {
  const own = (await loadEngine(lang)).search(query).map((h) => ({ ...h, lang }));
  if (own.some((h) => h.score >= STRONG) || query.trim() === '') return own;
  const theirs = (
    await Promise.all(otherLangs(lang).map(async (other) => (await loadEngine(other)).search(query, own.length === 0 ? 10 : 3).map((h) => ({ ...h, lang: other }))))
  ).flat();
  return [...own, ...theirs.filter((h) => own.length === 0 || h.score >= STRONG)];
}
