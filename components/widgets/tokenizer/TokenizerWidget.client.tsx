'use client';

import { useId, useState } from 'react';
import { tokenCount, type Span } from '@/lib/widgets/tokenizer';
import type { TokenizerProps } from './data';
import { LiveSummary, WidgetFrame } from '../parts';

/** Marks this chunk, so tests can tell whether a page fetched it. */
export const ISLAND_ID = 'book-island:tokenizer';

/** Token boundaries as alternating boxes; a number marks a span that took several tokens. */
function Spans({ spans, label }: { spans: Span[]; label: string }) {
  return (
    <p className="mt-1 flex flex-wrap gap-y-1 font-mono text-sm" aria-label={label}>
      {spans.map(([text, n], i) => (
        <span key={i} className={`whitespace-pre rounded-sm border px-0.5 ${i % 2 ? 'border-sky-300 bg-sky-50 dark:border-sky-700 dark:bg-sky-950' : 'border-amber-300 bg-amber-50 dark:border-amber-700 dark:bg-amber-950'}`}>
          {text}
          {n > 1 && <sub className="ml-0.5 text-[10px] text-slate-600 dark:text-slate-400">{n}</sub>}
        </span>
      ))}
    </p>
  );
}

/** Pick an encoding and a sentence pair: the spans, the counts and the Chinese ÷ English ratio. */
export default function TokenizerWidget({ lang, encodings, data, labels }: TokenizerProps) {
  const id = useId();
  const [enc, setEnc] = useState(encodings.length - 1);
  const [pair, setPair] = useState(0);
  const pairs = data[enc]!.pairs;
  const { en, zh } = pairs[pair]!;
  const sum = (k: 'en' | 'zh') => pairs.reduce((n, p) => n + tokenCount(p[k]), 0);
  const num = (x: number) => x.toLocaleString(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const summary = labels.summary
    .replace('{{encoding}}', encodings[enc]!)
    .replace('{{en}}', String(tokenCount(en)))
    .replace('{{zh}}', String(tokenCount(zh)))
    .replace('{{ratio}}', num(tokenCount(zh) / tokenCount(en)))
    .replace('{{pairs}}', String(pairs.length))
    .replace('{{total}}', num(sum('zh') / sum('en')));
  const text = (spans: Span[]) => spans.map((s) => s[0]).join('');
  return (
    <WidgetFrame islandId={ISLAND_ID} title={labels.title} context={labels.context}>
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <legend className="float-left mr-2 text-slate-700 dark:text-slate-300">{labels.encoding}</legend>
        {encodings.map((e, i) => (
          <label key={e} className="flex min-h-8 items-center gap-1.5 font-mono">
            <input type="radio" name={`${id}-enc`} checked={enc === i} onChange={() => setEnc(i)} className="accent-sky-700 dark:accent-sky-400" />
            {e}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-pair`} className="mt-2 flex flex-col gap-1 text-sm">
        <span className="text-slate-700 dark:text-slate-300">{labels.sentence}</span>
        <select
          id={`${id}-pair`}
          value={pair}
          onChange={(e) => setPair(Number(e.target.value))}
          className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        >
          {pairs.map((p, i) => (
            <option key={i} value={i}>
              {text(p[lang])}
            </option>
          ))}
        </select>
      </label>
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
        {labels.english}: {tokenCount(en)}
      </p>
      <Spans spans={en} label={`${labels.english}: ${tokenCount(en)}`} />
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        {labels.chinese}: {tokenCount(zh)}
      </p>
      <Spans spans={zh} label={`${labels.chinese}: ${tokenCount(zh)}`} />
      <LiveSummary testId="tokenizer-summary">{summary}</LiveSummary>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{labels.merged}</p>
    </WidgetFrame>
  );
}
