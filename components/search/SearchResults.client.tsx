'use client';

import { useEffect, useReducer, useRef } from 'react';
import { snippet } from '@/lib/search/snippet';
import { queryWords } from '@/lib/search/tokenize';
import { withBase } from '@/lib/site';
import { htmlLang, type Lang } from '@/lib/i18n/langs';
import { loadedText, loadText, type LabelledHit } from './engine-loader';

// Snippets are clamped to two lines, the height kept free while the text loads, so nothing moves
// when it arrives. The window starts close enough to the match to show it on the first two
// lines down to 320 px (a Chinese character is about twice as wide as a Latin letter); the
// clamp cuts what runs past the second line.
const WINDOW = { zh: [20, 120], en: [40, 200] } as const;

export type ResultLabels = { otherEdition: Record<Lang, string> };

/**
 * Fetches the section text of the results that come into view (its chapter's file), so a query
 * costs only the snippets the reader sees; re-renders when one arrives.
 */
function useVisibleTexts(hits: LabelledHit[]) {
  const list = useRef<HTMLElement>(null);
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const items = [...(list.current?.querySelectorAll<HTMLElement>('[data-result]') ?? [])];
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const hit = hits[Number((entry.target as HTMLElement).dataset.result)];
        if (hit && loadedText(hit) === undefined) loadText(hit).then(arrived, () => {});
      }
    });
    items.forEach((item) => observer.observe(item));
    return () => observer.disconnect();
  }, [hits]);
  return list;
}

/**
 * Results as a list of links: chapter › section, then a snippet with the query's words marked
 * (a blank line of the same height until the section's text arrives). Everything is rendered as
 * React text nodes, so no query or indexed text can become markup.
 */
export function SearchResults({
  hits,
  query,
  lang,
  labels,
  activeIndex,
  idPrefix,
  onPick,
  onHover,
  asListbox,
}: {
  hits: LabelledHit[];
  query: string;
  lang: Lang;
  labels: ResultLabels;
  activeIndex?: number;
  idPrefix: string;
  onPick?: (hit: LabelledHit, event: React.MouseEvent) => void;
  onHover?: (index: number) => void;
  asListbox?: boolean;
}) {
  const words = queryWords(query);
  const list = useVisibleTexts(hits);
  const items = hits.map((hit, i) => {
    const active = i === activeIndex;
    const text = loadedText(hit);
    // In the dialog each result link IS the listbox option (a[href] may take role=option), so no
    // interactive element is nested inside another.
    return (
      <a
        key={`${hit.lang}:${hit.record.url}`}
        id={`${idPrefix}-${i}`}
        href={withBase(hit.record.url)}
        role={asListbox ? 'option' : undefined}
        aria-selected={asListbox ? active : undefined}
        tabIndex={asListbox ? -1 : undefined}
        onClick={(e) => onPick?.(hit, e)}
        onMouseMove={() => onHover?.(i)}
        data-result={i}
        lang={htmlLang[hit.lang]}
        className={`block px-4 py-3 hover:bg-slate-50 dark:hover:bg-slate-900 ${active ? 'bg-sky-50 dark:bg-sky-950' : ''}`}
      >
        <span className="block text-sm font-medium text-slate-900 dark:text-white">
          {hit.lang !== lang && (
            <span className="mr-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900 dark:bg-amber-900 dark:text-amber-100">
              {labels.otherEdition[hit.lang]}
            </span>
          )}
          <span className="text-slate-600 dark:text-slate-300">{hit.record.chapter}</span>
          {hit.record.section !== hit.record.chapter && <> › {hit.record.section}</>}
        </span>
        <span className="mt-1 line-clamp-2 min-h-10 text-sm text-slate-700 dark:text-slate-300" data-snippet={text === undefined ? 'pending' : 'ready'}>
          {text !== undefined &&
            snippet(text, words, ...WINDOW[hit.lang]).map((seg, k) =>
              seg.hit ? (
                <mark key={k} className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700/60 dark:text-white">
                  {seg.text}
                </mark>
              ) : (
                <span key={k}>{seg.text}</span>
              ),
            )}
        </span>
      </a>
    );
  });
  if (asListbox) {
    return (
      <div ref={list as React.RefObject<HTMLDivElement>} id={`${idPrefix}-list`} role="listbox" className="divide-y divide-slate-200 dark:divide-slate-800">
        {items}
      </div>
    );
  }
  return (
    <ul ref={list as React.RefObject<HTMLUListElement>} id={`${idPrefix}-list`} className="divide-y divide-slate-200 dark:divide-slate-800">
      {items.map((item) => (
        <li key={item.key}>{item}</li>
      ))}
    </ul>
  );
}
