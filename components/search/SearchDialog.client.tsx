'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { withBase } from '@/lib/site';
import type { Lang } from '@/lib/i18n/langs';
import { SearchResults } from './SearchResults.client';
import { useBookSearch } from './useBookSearch';
import { fill, resultCount, type SearchLabels } from './labels';
import { loadEngine, type LabelledHit } from './engine-loader';

const DEBOUNCE_MS = 80;

/** Starts fetching the search code and index while the reader is still on the way to typing. */
export function prefetchSearch(lang: Lang) {
  loadEngine(lang).catch(() => {});
}

/**
 * The search dialog: a native modal <dialog> (focus stays inside, Esc closes) holding an ARIA
 * combobox whose listbox is the results. Typing searches after a short pause, never while an
 * IME is still composing a Chinese word.
 */
export function SearchDialog({ lang, labels, initialQuery, onClose }: { lang: Lang; labels: SearchLabels; initialQuery: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const composing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [text, setText] = useState(initialQuery);
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const { hits, pending, failed } = useBookSearch(lang, query);
  const id = useId();

  useEffect(() => {
    prefetchSearch(lang);
  }, [lang]);

  useEffect(() => {
    const el = dialog.current;
    const opener = document.activeElement as HTMLElement | null;
    el?.showModal();
    input.current?.focus();
    return () => {
      el?.close();
      opener?.focus();
    };
  }, []);

  function schedule(value: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setQuery(value);
      setActive(0);
    }, DEBOUNCE_MS);
  }

  function open(hit: LabelledHit) {
    onClose();
    // A full page load: pages are static documents (see components/BookLink.tsx).
    window.location.assign(withBase(hit.record.url));
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.nativeEvent.isComposing || composing.current) return;
    if (e.key === 'Escape') {
      // A search field would otherwise spend the first Esc on clearing itself.
      e.preventDefault();
      onClose();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      const next = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      setActive(next);
      document.getElementById(`${id}-${next}`)?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[active];
      if (hit) open(hit);
    }
  }

  const showResults = query.trim() !== '' && !pending;
  const status = failed
    ? labels.failed
    : pending
      ? labels.loading
      : query.trim() === ''
        ? labels.keys
        : hits.length === 0
          ? `${fill(labels.none, { query })} ${labels.hint}`
          : resultCount(labels, lang, hits.length);

  return (
    <dialog
      ref={dialog}
      aria-label={labels.open}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => e.target === dialog.current && onClose()}
      className="mx-auto mt-[8vh] w-[min(42rem,calc(100vw-1.5rem))] max-w-none overflow-hidden rounded-xl border border-slate-200 bg-white p-0 text-slate-800 shadow-2xl backdrop:bg-slate-900/50 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-200"
      data-testid="search-dialog"
      // The text the status and results are for, once they are final (scripts and tests wait on it).
      data-results-for={text === query && !pending ? query : undefined}
    >
      <div className="flex items-center gap-2 border-b border-slate-200 px-4 dark:border-slate-800">
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" className="shrink-0 text-slate-400">
          <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m20 20-3.5-3.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          ref={input}
          type="search"
          role="combobox"
          aria-expanded={showResults && hits.length > 0}
          aria-controls={`${id}-list`}
          aria-activedescendant={showResults && hits.length > 0 ? `${id}-${active}` : undefined}
          aria-autocomplete="list"
          aria-label={labels.placeholder}
          placeholder={labels.placeholder}
          autoComplete="off"
          spellCheck={false}
          maxLength={1000}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (!composing.current) schedule(e.target.value);
          }}
          onCompositionStart={() => {
            composing.current = true;
            clearTimeout(timer.current);
          }}
          onCompositionEnd={(e) => {
            composing.current = false;
            schedule(e.currentTarget.value);
          }}
          onKeyDown={onKeyDown}
          className="h-14 min-w-0 flex-1 bg-transparent text-base outline-none placeholder:text-slate-400"
        />
        <button type="button" onClick={onClose} className="rounded px-2 py-1 text-xs text-slate-500 ring-1 ring-slate-300 dark:text-slate-400 dark:ring-slate-700" aria-label={labels.close}>
          Esc
        </button>
      </div>
      <p role="status" aria-live="polite" className="px-4 py-2 text-xs text-slate-500 dark:text-slate-400">
        {status}
      </p>
      {/* Focusable so the results can be scrolled from the keyboard (they are not tab stops themselves). */}
      <div className="max-h-[60vh] overflow-y-auto" tabIndex={showResults && hits.length > 0 ? 0 : -1}>
        {showResults && hits.length > 0 && (
          <SearchResults
            hits={hits}
            query={query}
            lang={lang}
            labels={labels}
            activeIndex={active}
            idPrefix={id}
            asListbox
            onHover={setActive}
            onPick={(hit, e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
              e.preventDefault();
              open(hit);
            }}
          />
        )}
      </div>
    </dialog>
  );
}
