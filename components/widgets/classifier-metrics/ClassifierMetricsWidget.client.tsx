'use client';

import { useId, useState } from 'react';
import { bleu, bleuTokens, confusionAt, metricsOf, prCurve, type Scored } from '@/lib/widgets/classifier-metrics';
import type { BleuLabels, ClassifierLabels, ClassifierMetricsProps, bleuExamples } from './data';
import { LiveSummary, WidgetFrame } from '../parts';

/** Marks this chunk, so tests can tell whether a page fetched it. */
export const ISLAND_ID = 'book-island:classifier-metrics';

const fmt = (x: number, undef: string) => (Number.isNaN(x) ? undef : x.toFixed(3));

/** Scores on a line, complaints (●) above and others (○) below, the flagged side shaded. */
function Strip({ examples, threshold, label }: { examples: Scored[]; threshold: number; label: string }) {
  const W = 300;
  const x = (s: number) => 8 + s * (W - 16);
  return (
    <svg viewBox={`0 0 ${W} 56`} role="img" aria-label={label} className="w-full max-w-lg text-slate-800 dark:text-slate-200">
      <rect x={x(threshold)} y={0} width={x(1) - x(threshold) + 8} height={48} className="fill-amber-200/60 dark:fill-amber-400/20" />
      <line x1={x(threshold)} x2={x(threshold)} y1={0} y2={48} className="stroke-amber-700 dark:stroke-amber-300" strokeWidth={1.5} />
      <line x1={x(0)} x2={x(1)} y1={24} y2={24} className="stroke-slate-300 dark:stroke-slate-600" strokeWidth={0.5} />
      {examples.map((e, i) => (
        <circle key={i} cx={x(e.score)} cy={e.positive ? 14 : 34} r={4.5} className={e.positive ? 'fill-current' : 'fill-white stroke-current dark:fill-slate-950'} strokeWidth={1.5} />
      ))}
      {[0, 0.5, 1].map((t) => (
        <text key={t} x={x(t)} y={55} textAnchor="middle" className="fill-slate-500 text-[7px] dark:fill-slate-400">
          {t}
        </text>
      ))}
    </svg>
  );
}

function PrPlot({ examples, recall, precision, label }: { examples: Scored[]; recall: number; precision: number; label: string }) {
  const S = 120;
  const p = (r: number, q: number) => `${(10 + r * (S - 20)).toFixed(1)},${(S - 10 - q * (S - 20)).toFixed(1)}`;
  return (
    <svg viewBox={`0 0 ${S} ${S}`} role="img" aria-label={label} className="w-36 shrink-0 text-slate-800 dark:text-slate-200">
      <rect x={10} y={10} width={S - 20} height={S - 20} className="fill-none stroke-slate-300 dark:stroke-slate-600" strokeWidth={0.5} />
      <polyline points={prCurve(examples).map((c) => p(c.recall, c.precision)).join(' ')} fill="none" className="stroke-sky-700 dark:stroke-sky-400" strokeWidth={1.5} />
      {!Number.isNaN(precision) && <circle cx={10 + recall * (S - 20)} cy={S - 10 - precision * (S - 20)} r={4} className="fill-amber-600 dark:fill-amber-300" />}
      <text x={S / 2} y={S - 1} textAnchor="middle" className="fill-slate-500 text-[8px] dark:fill-slate-400">
        R
      </text>
      <text x={3} y={S / 2} className="fill-slate-500 text-[8px] dark:fill-slate-400">
        P
      </text>
    </svg>
  );
}

function Threshold({ examples, labels }: { examples: Scored[]; labels: ClassifierLabels }) {
  const id = useId();
  const [t, setT] = useState(0.5);
  const c = confusionAt(examples, t);
  const m = metricsOf(c);
  const u = labels.undefinedValue;
  const summary = labels.summary
    .replace('{{t}}', t.toFixed(2))
    .replace('{{tp}}', String(c.tp))
    .replace('{{fp}}', String(c.fp))
    .replace('{{fn}}', String(c.fn))
    .replace('{{p}}', fmt(m.precision, u))
    .replace('{{r}}', fmt(m.recall, u))
    .replace('{{f1}}', fmt(m.f1, u));
  const cell = 'border border-slate-200 px-2 py-1 text-right dark:border-slate-700';
  return (
    <WidgetFrame islandId={ISLAND_ID} title={labels.title} context={labels.context}>
      <div className="grid grid-cols-[auto_1fr_auto] items-center gap-x-3 text-sm">
        <label htmlFor={`${id}-t`}>{labels.threshold}</label>
        <input id={`${id}-t`} type="range" min={0} max={1} step={0.01} value={t} onChange={(e) => setT(Number(e.target.value))} className="w-full accent-sky-700 dark:accent-sky-400" />
        <output htmlFor={`${id}-t`} className="w-10 text-right tabular-nums">
          {t.toFixed(2)}
        </output>
      </div>
      <Strip examples={examples} threshold={t} label={`${labels.context}; ${labels.threshold} ${t.toFixed(2)}`} />
      <div className="mt-2 flex flex-wrap items-start gap-4">
        <table className="border-collapse text-sm tabular-nums" data-testid="confusion">
          <thead>
            <tr className="text-xs text-slate-600 dark:text-slate-400">
              <th />
              <th className="px-2 font-medium">{labels.predictedPos}</th>
              <th className="px-2 font-medium">{labels.predictedNeg}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className="pr-2 text-left text-xs font-medium">
                ● {labels.actualPos}
              </th>
              <td className={cell}>TP {c.tp}</td>
              <td className={cell}>FN {c.fn}</td>
            </tr>
            <tr>
              <th scope="row" className="pr-2 text-left text-xs font-medium">
                ○ {labels.actualNeg}
              </th>
              <td className={cell}>FP {c.fp}</td>
              <td className={cell}>TN {c.tn}</td>
            </tr>
          </tbody>
        </table>
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm tabular-nums">
          {(
            [
              [labels.precision, m.precision],
              [labels.recall, m.recall],
              [labels.f1, m.f1],
              [labels.accuracy, m.accuracy],
            ] as const
          ).map(([k, v]) => (
            <div key={k}>
              <dt className="text-xs text-slate-600 dark:text-slate-400">{k}</dt>
              <dd className="font-semibold">{fmt(v, u)}</dd>
            </div>
          ))}
        </dl>
        <PrPlot examples={examples} recall={m.recall} precision={m.precision} label={labels.curve} />
      </div>
      <LiveSummary testId="classifier-summary">{summary}</LiveSummary>
    </WidgetFrame>
  );
}

function Bleu({ examples, labels }: { examples: typeof bleuExamples; labels: BleuLabels }) {
  const id = useId();
  const [pair, setPair] = useState<{ candidate: string; reference: string }>(examples.en);
  const cand = bleuTokens(pair.candidate);
  const ref = bleuTokens(pair.reference);
  const r = bleu(cand, ref);
  const summary = labels.summary
    .replace('{{bleu}}', r.score.toFixed(4))
    .replace('{{p}}', r.precisions.map((p) => `${p.matches}/${p.total}`).join(', '))
    .replace('{{bp}}', r.bp.toFixed(4))
    .replace('{{c}}', String(cand.length))
    .replace('{{r}}', String(ref.length));
  const field = 'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
  const button = 'rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';
  return (
    <WidgetFrame islandId={ISLAND_ID} title={labels.title} context={labels.context}>
      {(['candidate', 'reference'] as const).map((k) => (
        <label key={k} htmlFor={`${id}-${k}`} className="mt-2 flex flex-col gap-1 text-sm">
          <span className="text-slate-700 dark:text-slate-300">{labels[k]}</span>
          <input id={`${id}-${k}`} type="text" value={pair[k]} onChange={(e) => setPair((p) => ({ ...p, [k]: e.target.value }))} className={field} />
        </label>
      ))}
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={button} onClick={() => setPair(examples.en)}>
          {labels.example}
        </button>
        <button type="button" className={button} onClick={() => setPair(examples.zh)}>
          {labels.exampleZh}
        </button>
      </div>
      <p className="mt-3 break-words font-mono text-xs text-slate-600 dark:text-slate-400">
        {labels.tokens}: {cand.length} / {ref.length} — {cand.join(' · ')}
      </p>
      <table className="mt-2 w-full max-w-md text-sm tabular-nums" data-testid="bleu-table">
        <tbody>
          {r.precisions.map((p, i) => (
            <tr key={i} className="border-b border-slate-100 dark:border-slate-800">
              <th scope="row" className="py-0.5 pr-2 text-left font-normal">
                {labels.ngram} p{i + 1}
              </th>
              <td className="py-0.5 pr-2 text-right">
                {p.matches}/{p.total}
              </td>
              <td className="py-0.5 text-right">{p.total ? (p.matches / p.total).toFixed(4) : '—'}</td>
            </tr>
          ))}
          <tr className="border-b border-slate-100 dark:border-slate-800">
            <th scope="row" className="py-0.5 pr-2 text-left font-normal">
              {labels.bp}
            </th>
            <td />
            <td className="py-0.5 text-right">{r.bp.toFixed(4)}</td>
          </tr>
          <tr>
            <th scope="row" className="py-0.5 pr-2 text-left font-semibold">
              {labels.score}
            </th>
            <td />
            <td className="py-0.5 text-right font-semibold">{r.score.toFixed(4)}</td>
          </tr>
        </tbody>
      </table>
      <LiveSummary testId="bleu-summary">
        {summary}
        {r.score === 0 && cand.length > 0 ? ` ${labels.zeroNote}` : ''}
      </LiveSummary>
    </WidgetFrame>
  );
}

/** One island, two parts: the threshold explorer (3.3) or the BLEU calculator (3.4). */
export default function ClassifierMetricsWidget(props: ClassifierMetricsProps) {
  return props.part === 'threshold' ? <Threshold examples={props.examples} labels={props.labels} /> : <Bleu examples={props.examples} labels={props.labels} />;
}
