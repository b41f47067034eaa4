'use client';

import { snippet } from '@/lib/search/snippet';
import { queryWords } from '@/lib/search/tokenize';
import { withBase } from '@/lib/site';
import { htmlLang, type Lang } from '@/lib/i18n/langs';
import type { LabelledHit } from './engine-loader';

export type ResultLabels = { otherEdition: Record<Lang, string> };

/**
 * Results as a list of links: chapter › section, then a snippet with the query's words marked.
 * Everything is rendered as React text nodes, so no query or indexed text can become markup.
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
  const items = hits.map((hit, i) => {
    const active = i === activeIndex;
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
        <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">
          {snippet(hit.record.text, words).map((seg, k) =>
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
      <div id={`${idPrefix}-list`} role="listbox" className="divide-y divide-slate-200 dark:divide-slate-800">
        {items}
      </div>
    );
  }
  return (
    <ul id={`${idPrefix}-list`} className="divide-y divide-slate-200 dark:divide-slate-800">
      {items.map((item) => (
        <li key={item.key}>{item}</li>
      ))}
    </ul>
  );
}
