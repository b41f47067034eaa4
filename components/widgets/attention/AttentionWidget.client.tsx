'use client';

import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { argmax, attentionWeights } from '@/lib/widgets/attention';
import type { AttentionProps } from './data';
import { Heatmap } from './Heatmap';
import { Bar, LiveSummary, WidgetFrame } from '../parts';

/** Marks this chunk, so tests can tell whether a page fetched it. */
export const ISLAND_ID = 'book-island:attention';

/**
 * Pick a token and see its row of softmax(QKᵀ/√d): which tokens it looks at, how the causal
 * mask hides what comes after it, and how much sharper the row is without the √d.
 */
export default function AttentionWidget({ lang, sentences, labels }: AttentionProps) {
  const id = useId();
  const [which, setWhich] = useState(0);
  const { tokens, q, k } = sentences[which]!;
  const [focus, setFocus] = useState(tokens.length - 3);
  const [causal, setCausal] = useState(false);
  const [scaled, setScaled] = useState(true);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const weights = attentionWeights(q, k, { scaled, causal });
  const row = weights[focus]!;
  const top = argmax(row);
  const num = (x: number) => x.toLocaleString(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const summary = labels.summary
    .replace('{{token}}', tokens[focus]!)
    .replace('{{share}}', num(row[top]!))
    .replace('{{top}}', tokens[top]!)
    .replace('{{visible}}', String(row.filter((_, j) => !causal || j <= focus).length))
    .replace('{{total}}', String(tokens.length))
    .replace('{{sum}}', num(row.reduce((a, b) => a + b, 0)));

  // One tab stop for the row of tokens; arrows, Home and End move the focus (WAI-ARIA toolbar).
  function onKey(e: KeyboardEvent) {
    const last = tokens.length - 1;
    const next = { ArrowRight: focus + 1, ArrowDown: focus + 1, ArrowLeft: focus - 1, ArrowUp: focus - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const i = Math.min(last, Math.max(0, next));
    setFocus(i);
    buttons.current[i]?.focus();
  }

  const check = 'flex min-h-8 items-center gap-2';
  return (
    <WidgetFrame islandId={ISLAND_ID} title={labels.title} context={labels.context}>

      <div className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm">
        <fieldset className="flex items-center gap-3">
          <legend className="float-left mr-1 text-slate-700 dark:text-slate-300">{labels.sentence}</legend>
          {sentences.map((s, i) => (
            <label key={s.label} className={check}>
              <input
                type="radio"
                name={`${id}-s`}
                checked={which === i}
                onChange={() => {
                  setWhich(i);
                  setFocus(s.tokens.length - 3);
                }}
                className="accent-sky-700 dark:accent-sky-400"
              />
              {s.label}
            </label>
          ))}
        </fieldset>
        <label className={check}>
          <input type="checkbox" checked={causal} onChange={(e) => setCausal(e.target.checked)} className="accent-sky-700 dark:accent-sky-400" />
          {labels.causal}
        </label>
        <label className={check}>
          <input type="checkbox" checked={scaled} onChange={(e) => setScaled(e.target.checked)} className="accent-sky-700 dark:accent-sky-400" />
          {labels.scaled}
        </label>
      </div>

      <p id={`${id}-focus`} className="mt-3 text-xs text-slate-600 dark:text-slate-400">
        {labels.focus}
      </p>
      <div role="toolbar" aria-labelledby={`${id}-focus`} className="mt-1 flex flex-wrap gap-1.5" onKeyDown={onKey}>
        {tokens.map((t, i) => (
          <button
            key={i}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            tabIndex={i === focus ? 0 : -1}
            aria-pressed={i === focus}
            onClick={() => setFocus(i)}
            className={`min-h-9 min-w-9 rounded-md border px-2 font-mono text-sm ${i === focus ? 'border-sky-700 bg-sky-700 text-white dark:border-sky-400 dark:bg-sky-400 dark:text-slate-950' : 'border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800'}`}
          >
            {t}
          </button>
        ))}
      </div>

      <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
        {labels.key} “{tokens[focus]}”
      </p>
      <ol className="mt-1 space-y-0.5 text-sm tabular-nums" data-testid="attention-row">
        {row.map((w, j) => {
          const hidden = causal && j > focus;
          return (
            <li key={j} className={`grid grid-cols-[4.5rem_1fr_3.5rem] items-center gap-2 ${hidden ? 'text-slate-400 dark:text-slate-500' : ''}`}>
              <span className="truncate font-mono">{tokens[j]}</span>
              <Bar value={w} strong={j === top} />
              <span className="text-right">{hidden ? labels.masked : num(w)}</span>
            </li>
          );
        })}
      </ol>

      <LiveSummary testId="attention-summary">{summary}</LiveSummary>

      <div className="mt-4">
        <Heatmap tokens={tokens} weights={weights} focus={focus} caption={labels.heatmap} corner={labels.query} masked={labels.masked} />
      </div>
    </WidgetFrame>
  );
}
