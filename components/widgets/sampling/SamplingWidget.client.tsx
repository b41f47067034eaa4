'use client';

import { useId, useMemo, useRef, useState } from 'react';
import { byProbability, drawIndex, entropyBits, keptTokens, renormalise, softmax } from '@/lib/widgets/sampling';
import { seededRandom } from '@/lib/random';
import type { SamplingProps } from './data';

/** Marks this chunk, so tests can tell whether a page fetched it. */
export const ISLAND_ID = 'book-island:sampling';

const SEED = 2026;
const DEFAULTS = { temperature: 1, topK: 6, topP: 1 };
const MAX_DRAWS = 12;

/**
 * Temperature, top-k and top-p on the six-token example of section 3.5: move a control and
 * see which tokens survive and how the mass is shared; "Sample" draws from what is left with
 * a seeded generator, so the same clicks give the same tokens.
 */
export default function SamplingWidget({ lang, tokens, logits, labels }: SamplingProps) {
  const id = useId();
  const [temperature, setTemperature] = useState(DEFAULTS.temperature);
  const [topK, setTopK] = useState(tokens.length);
  const [topP, setTopP] = useState(DEFAULTS.topP);
  const [draws, setDraws] = useState<string[]>([]);
  const rng = useRef(seededRandom(SEED));

  const pct = useMemo(() => new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }), [lang]);
  const num = useMemo(() => new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }), [lang]);

  const probs = softmax(logits, temperature);
  const kept = keptTokens(probs, { topK, topP });
  const final = renormalise(probs, kept);
  const entropy = entropyBits(final);
  const top = byProbability(final)[0] ?? 0;
  const summary = labels.summary
    .replace('{{kept}}', String(kept.filter(Boolean).length))
    .replace('{{total}}', String(tokens.length))
    .replace('{{top}}', tokens[top] ?? '')
    .replace('{{share}}', pct.format(final[top] ?? 0))
    .replace('{{entropy}}', num.format(entropy));

  function sample() {
    const token = tokens[drawIndex(final, rng.current())] ?? '';
    setDraws((d) => [...d, token].slice(-MAX_DRAWS));
  }
  function reset() {
    setTemperature(DEFAULTS.temperature);
    setTopK(tokens.length);
    setTopP(DEFAULTS.topP);
    setDraws([]);
    rng.current = seededRandom(SEED);
  }

  const slider = 'w-full accent-sky-700 dark:accent-sky-400';
  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700" data-island-id={ISLAND_ID}>
      <p className="mb-1 font-semibold text-slate-900 dark:text-white">{labels.title}</p>
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{labels.context}</p>

      <div className="grid grid-cols-[auto_1fr_auto] items-center gap-x-3 gap-y-2 text-sm">
        <label htmlFor={`${id}-t`}>{labels.temperature}</label>
        <input id={`${id}-t`} type="range" min={0} max={2} step={0.05} value={temperature} onChange={(e) => setTemperature(Number(e.target.value))} className={slider} />
        <output htmlFor={`${id}-t`} className="w-20 text-right tabular-nums">
          {temperature === 0 ? `0 (${labels.greedy})` : num.format(temperature)}
        </output>

        <label htmlFor={`${id}-k`}>{labels.topK}</label>
        <input id={`${id}-k`} type="range" min={1} max={tokens.length} step={1} value={topK} onChange={(e) => setTopK(Number(e.target.value))} className={slider} />
        <output htmlFor={`${id}-k`} className="w-20 text-right tabular-nums">
          {topK}
        </output>

        <label htmlFor={`${id}-p`}>{labels.topP}</label>
        <input id={`${id}-p`} type="range" min={0.05} max={1} step={0.05} value={topP} onChange={(e) => setTopP(Number(e.target.value))} className={slider} />
        <output htmlFor={`${id}-p`} className="w-20 text-right tabular-nums">
          {num.format(topP)}
        </output>
      </div>

      <table className="mt-4 w-full table-fixed text-sm tabular-nums">
        <thead>
          <tr className="text-left text-xs text-slate-600 dark:text-slate-400">
            <th className="w-20 pb-1 font-medium">{labels.token}</th>
            <th className="pb-1 font-medium">{labels.probability}</th>
            <th className="w-24 pb-1 text-right font-medium">{labels.sampled}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token, i) => (
            <tr key={token} data-kept={kept[i] ? 'true' : 'false'} className={kept[i] ? '' : 'text-slate-500 dark:text-slate-400'}>
              <td className="py-0.5 pr-2 font-mono">{token}</td>
              <td className="py-0.5 pr-2">
                <span className="flex items-center gap-2">
                  <span className="h-3 flex-1 overflow-hidden rounded-sm bg-slate-100 dark:bg-slate-800" aria-hidden="true">
                    <span
                      className={`block h-full ${kept[i] ? 'bg-sky-600 dark:bg-sky-400' : 'bar-cut bg-slate-400 dark:bg-slate-500'}`}
                      style={{ width: `${(probs[i] ?? 0) * 100}%` }}
                    />
                  </span>
                  <span className="w-12 text-right">{pct.format(probs[i] ?? 0)}</span>
                </span>
              </td>
              <td className="py-0.5 text-right">{kept[i] ? pct.format(final[i] ?? 0) : labels.cut}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <p className="mt-3 text-sm" aria-live="polite" data-testid="sampling-summary">
        {summary}
      </p>

      <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        <button type="button" onClick={sample} className="rounded-md bg-sky-700 px-3 py-1.5 font-medium text-white hover:bg-sky-800 dark:bg-sky-600">
          {labels.sample}
        </button>
        <button type="button" onClick={reset} className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          {labels.reset}
        </button>
        <span className="min-w-0 flex-1 font-mono text-slate-700 dark:text-slate-300" data-testid="sampling-draws">
          {labels.draws}: {draws.length ? draws.join(' ') : labels.noDraws}
        </span>
      </div>
    </div>
  );
}
