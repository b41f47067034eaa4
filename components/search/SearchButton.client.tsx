'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import type { Lang } from '@/lib/i18n/langs';
import { withBase } from '@/lib/site';
import type { SearchLabels } from './labels';
import { routes } from '@/lib/routes';

// The dialog's code and the index are fetched when the reader shows an intent to search
// (focus or hover on the button, or a shortcut), never on page load.
const loadDialog = () => import('./SearchDialog.client');
const SearchDialog = lazy(() => loadDialog().then((m) => ({ default: m.SearchDialog })));

function typingInField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * The header's search button. Without JavaScript it submits to the search page /{lang}/search/
 * (a real form with a query field); with it, it opens the search dialog, as do "/" and Ctrl/⌘+K
 * anywhere on the page.
 */
export function SearchButton({ lang, labels }: { lang: Lang; labels: SearchLabels }) {
  const [open, setOpen] = useState<string | null>(null);
  const prefetch = () => void loadDialog().then((m) => m.prefetchSearch(lang), () => {});

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === 'k' || e.key === 'K') && (e.metaKey || e.ctrlKey)) {
        e.preventDefault();
        setOpen((o) => o ?? '');
      } else if (e.key === '/' && !e.metaKey && !e.ctrlKey && !e.altKey && !typingInField(e.target)) {
        e.preventDefault();
        setOpen((o) => o ?? '');
      }
    };
    window.addEventListener('keydown', onKey);
    // The header is on every page and effects run after the whole page has hydrated, so this
    // also tells scripts (and the browser tests) that every control on the page is live.
    document.documentElement.dataset.hydrated = '';
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <form
        role="search"
        action={withBase(routes.search(lang))}
        method="get"
        onSubmit={(e) => {
          e.preventDefault();
          setOpen('');
        }}
      >
        <button
          type="submit"
          aria-label={labels.open}
          title={labels.shortcut}
          aria-keyshortcuts="/ Control+K Meta+K"
          data-testid="search-button"
          onFocus={prefetch}
          onPointerEnter={prefetch}
          className="flex shrink-0 items-center gap-2 rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-500 hover:border-slate-400 sm:w-56 dark:border-slate-700 dark:text-slate-400 dark:hover:border-slate-500"
        >
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" className="shrink-0">
            <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="m20 20-3.5-3.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span className="hidden flex-1 text-left sm:inline">{labels.placeholder}</span>
          <kbd className="hidden rounded border border-slate-300 px-1 font-sans text-xs sm:inline dark:border-slate-600">/</kbd>
        </button>
      </form>
      {open !== null && (
        <Suspense fallback={null}>
          <SearchDialog lang={lang} labels={labels} initialQuery={open} onClose={() => setOpen(null)} />
        </Suspense>
      )}
    </>
  );
}
