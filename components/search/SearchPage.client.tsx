'use client';

import { useSearchParams } from 'next/navigation';
import type { Lang } from '@/lib/i18n/langs';
import { SearchResults } from './SearchResults.client';
import { useBookSearch } from './useBookSearch';
import { fill, resultCount, type SearchLabels } from './labels';

/** Results for ?q= in the URL: works on reload and when the link is shared. */
export function SearchPageResults({ lang, labels }: { lang: Lang; labels: SearchLabels }) {
  const query = useSearchParams().get('q') ?? '';
  const { hits, pending, failed } = useBookSearch(lang, query);
  if (query.trim() === '') return null;
  const status = failed ? labels.failed : pending ? labels.loading : hits.length === 0 ? `${fill(labels.none, { query })} ${labels.hint}` : resultCount(labels, lang, hits.length);
  return (
    <section data-testid="search-page-results">
      <p role="status" className="mb-3 text-sm text-slate-500 dark:text-slate-400">
        {status}
      </p>
      {!pending && hits.length > 0 && (
        <div className="rounded-lg border border-slate-200 dark:border-slate-800">
          <SearchResults hits={hits} query={query} lang={lang} labels={labels} idPrefix="page-result" />
        </div>
      )}
    </section>
  );
}

/** Keeps the form's field in step with the URL on client-side navigation. */
export function QueryField({ label, placeholder }: { label: string; placeholder: string }) {
  const query = useSearchParams().get('q') ?? '';
  return (
    <input
      key={query}
      name="q"
      type="search"
      defaultValue={query}
      aria-label={label}
      placeholder={placeholder}
      maxLength={1000}
      className="min-w-0 flex-1 rounded-md border border-slate-300 bg-transparent px-3 py-2 dark:border-slate-700"
    />
  );
}
