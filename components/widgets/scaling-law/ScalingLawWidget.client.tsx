'use client';

import { useId, useState } from 'react';
import { computeFromGpuHours, formatPower, optimalSplit, predictedLoss, scaleWord, twentyTokensPerParameter } from '@/lib/widgets/scaling-law';
import type { ScalingLawProps } from './data';
import { IsoFlopChart } from './IsoFlopChart';
import { LiveSummary, WidgetFrame } from '../parts';

/** Marks this chunk, so tests can tell whether a page fetched it. */
export const ISLAND_ID = 'book-island:scaling-law';

const C_RANGE = [18, 26] as const; // log10 FLOPs
const N_RANGE = [7, 12.5] as const; // log10 parameters

/**
 * Pick a compute budget (or derive it from GPU-hours) and a model size: the iso-FLOP curve of the
 * Chinchilla fit shows the loss of every split of that budget, where its minimum lies, where the
 * 20-tokens rule lands, and where the reader's model sits.
 */
export default function ScalingLawWidget({ lang, start, labels }: ScalingLawProps) {
  const id = useId();
  const [logC, setLogC] = useState(Math.log10(start.c));
  const [logN, setLogN] = useState(Math.log10(start.n));
  const [gpu, setGpu] = useState({ hours: 184_320, peak: 312, mfu: 40 });
  const c = 10 ** logC;
  const n = 10 ** logN;
  const d = c / (6 * n);
  const opt = optimalSplit(c);
  const rule = twentyTokensPerParameter(c);
  const loss = (x: { n: number; d: number }) => predictedLoss(x.n, x.d).toFixed(3);
  const rows = [
    { name: labels.optimum, ...opt },
    { name: labels.rule, ...rule },
    { name: labels.yours, n, d },
  ];
  const summary = labels.summary
    .replace('{{c}}', formatPower(c))
    .replace('{{n}}', scaleWord(opt.n))
    .replace('{{d}}', scaleWord(opt.d))
    .replace('{{loss}}', loss(opt))
    .replace('{{yn}}', scaleWord(n))
    .replace('{{yd}}', scaleWord(d))
    .replace('{{yloss}}', loss({ n, d }));

  function setFromGpus(next: typeof gpu) {
    setGpu(next);
    const flops = computeFromGpuHours(next.hours, next.peak * 1e12, next.mfu / 100);
    if (flops > 0) setLogC(Math.min(C_RANGE[1], Math.max(C_RANGE[0], Math.log10(flops))));
  }

  const slider = 'w-full accent-sky-700 dark:accent-sky-400';
  const input = 'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 tabular-nums text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
  const gpuField = (key: keyof typeof gpu, label: string) => (
    <label className="flex flex-col gap-1 text-xs">
      <span className="text-slate-700 dark:text-slate-300">{label}</span>
      <input
        type="number"
        inputMode="decimal"
        min={0}
        value={gpu[key]}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(v) && v >= 0) setFromGpus({ ...gpu, [key]: v });
        }}
        className={input}
      />
    </label>
  );

  return (
    <WidgetFrame islandId={ISLAND_ID} title={labels.title} context={labels.context}>
      <div className="grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-1 text-sm">
        <label htmlFor={`${id}-c`} className="col-span-2">
          {labels.budget}
        </label>
        <input id={`${id}-c`} type="range" min={C_RANGE[0]} max={C_RANGE[1]} step={0.05} value={logC} aria-valuetext={`${formatPower(c)} FLOPs`} onChange={(e) => setLogC(Number(e.target.value))} className={slider} />
        <output htmlFor={`${id}-c`} className="w-24 text-right tabular-nums">
          {formatPower(c)}
        </output>
      </div>
      <fieldset className="mt-2 grid grid-cols-3 items-end gap-2">
        <legend className="mb-1 text-xs text-slate-600 dark:text-slate-400">{labels.fromGpus}</legend>
        {gpuField('hours', labels.gpuHours)}
        {gpuField('peak', labels.peak)}
        {gpuField('mfu', labels.mfu)}
      </fieldset>
      <div className="mt-3 grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-1 text-sm">
        <label htmlFor={`${id}-n`} className="col-span-2">
          {labels.yourN}
        </label>
        <input id={`${id}-n`} type="range" min={N_RANGE[0]} max={N_RANGE[1]} step={0.05} value={logN} aria-valuetext={scaleWord(n)} onChange={(e) => setLogN(Number(e.target.value))} className={slider} />
        <output htmlFor={`${id}-n`} className="w-24 text-right tabular-nums">
          {scaleWord(n)}
        </output>
      </div>

      <div className="mt-3">
        <IsoFlopChart c={c} yourN={n} label={labels.curve} names={labels} />
      </div>

      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-sm tabular-nums" data-testid="scaling-law-table">
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
              <th className="py-1 pr-2 font-medium" />
              <th className="py-1 pr-2 text-right font-medium">
                <abbr title={labels.params}>N</abbr>
              </th>
              <th className="py-1 pr-2 text-right font-medium">
                <abbr title={labels.tokens}>D</abbr>
              </th>
              <th className="py-1 pr-2 text-right font-medium">
                <abbr title={labels.ratio}>D/N</abbr>
              </th>
              <th className="py-1 text-right font-medium">{labels.loss}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {r.name}
                </th>
                <td className="py-1 pr-2 text-right">{scaleWord(r.n)}</td>
                <td className="py-1 pr-2 text-right">{scaleWord(r.d)}</td>
                <td className="py-1 pr-2 text-right">{(r.d / r.n).toLocaleString(lang, { maximumSignificantDigits: 3 })}</td>
                <td className="py-1 text-right">{loss(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <LiveSummary testId="scaling-law-summary">{summary}</LiveSummary>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{labels.note}</p>
    </WidgetFrame>
  );
}
