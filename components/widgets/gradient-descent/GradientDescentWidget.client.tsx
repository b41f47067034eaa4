'use client';

import { useEffect, useId, useState } from 'react';
import { diverged, formatLoss, lrFromSlider, step, surfaces, type Point, type State, type Surface } from '@/lib/widgets/gradient-descent';
import type { GradientDescentProps } from './data';
import { SurfacePlot } from './Plot';
import { LiveSummary, WidgetFrame } from '../parts';

/** Marks this chunk, so tests can tell whether a page fetched it. */
export const ISLAND_ID = 'book-island:gradient-descent';

const STEP_MS = 80;
const CURVE = { w: 240, h: 80, top: 4, bottom: -6 }; // log10 of the loss above the minimum

/** Loss above the minimum by step, on a log scale, so steady convergence is a straight line. */
function LossCurve({ losses, max, label }: { losses: number[]; max: number; label: string }) {
  const y = (gap: number) => {
    const l = Math.log10(Math.max(gap, 1e-6));
    return ((CURVE.top - Math.min(CURVE.top, l)) / (CURVE.top - CURVE.bottom)) * CURVE.h;
  };
  const points = losses.map((g, i) => `${((i / max) * CURVE.w).toFixed(1)},${(Number.isFinite(g) ? y(g) : 0).toFixed(1)}`).join(' ');
  return (
    <svg viewBox={`0 0 ${CURVE.w} ${CURVE.h}`} role="img" aria-label={label} className="w-full max-w-[20rem] rounded-md border border-slate-200 dark:border-slate-700">
      {[0, -3].map((e) => (
        <g key={e}>
          <line x1={0} x2={CURVE.w} y1={y(10 ** e)} y2={y(10 ** e)} className="stroke-slate-300 dark:stroke-slate-700" strokeWidth={0.5} />
          <text x={2} y={y(10 ** e) - 2} className="fill-slate-500 text-[8px] dark:fill-slate-400">
            {e === 0 ? '1' : '0.001'}
          </text>
        </g>
      ))}
      <polyline points={points} fill="none" className="stroke-amber-700 dark:stroke-amber-300" strokeWidth={1.5} />
    </svg>
  );
}

/**
 * Gradient descent with momentum on a 2-D surface: Step, Run and Reset, the path on the surface
 * and the loss curve. Changing a setting starts again from the same point, so cause and effect
 * stay side by side. With reduced motion, Run shows the 40 steps at once.
 */
export default function GradientDescentWidget({ lang, steps, labels }: GradientDescentProps) {
  const id = useId();
  const [surfaceId, setSurfaceId] = useState<Surface['id']>('bowl');
  const [lrT, setLrT] = useState(-1);
  const [momentum, setMomentum] = useState(0);
  const surface = surfaces[surfaceId];
  const [state, setState] = useState<State>({ p: surface.start, v: [0, 0] });
  const [path, setPath] = useState<Point[]>([surface.start]);
  const [left, setLeft] = useState(0); // steps still to run
  const lr = lrFromSlider(lrT);
  const end = path.at(-1)!;
  const blown = diverged(end);

  function restart(s: Surface = surface) {
    setState({ p: s.start, v: [0, 0] });
    setPath([s.start]);
    setLeft(0);
  }
  function advance(n: number) {
    let st = state;
    const added: Point[] = [];
    for (let i = 0; i < n && !diverged(st.p); i++) {
      st = step(surface, st, lr, momentum);
      added.push(st.p);
    }
    setState(st);
    setPath((p) => [...p, ...added]);
    return diverged(st.p);
  }

  // Runs one step per tick while steps are left; stops at divergence.
  useEffect(() => {
    if (left <= 0) return;
    const t = setTimeout(() => {
      const blewUp = advance(1);
      setLeft(blewUp ? 0 : left - 1);
    }, STEP_MS);
    return () => clearTimeout(t);
  });

  function runAll() {
    if (left > 0) return setLeft(0); // Pause
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) advance(steps);
    else setLeft(steps);
  }

  const num = (x: number, d = 3) => x.toLocaleString(lang, { maximumSignificantDigits: d });
  const loss = surface.loss(end);
  const stepsTaken = path.length - 1;
  // While a run animates, the announcement waits for its end instead of reading every step.
  const summary = blown
    ? labels.divergedSummary.replace('{{step}}', String(stepsTaken)).replace('{{loss}}', formatLoss(loss, lang))
    : labels.summary
        .replace('{{step}}', String(stepsTaken))
        .replace('{{loss}}', formatLoss(loss, lang))
        .replace('{{min}}', String(surface.min))
        .replace('{{x}}', num(end[0], 2))
        .replace('{{y}}', num(end[1], 2));
  const [announced, setAnnounced] = useState(summary);
  if (left === 0 && announced !== summary) setAnnounced(summary);

  const button = 'min-h-9 rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';
  const slider = 'w-full accent-sky-700 dark:accent-sky-400';
  return (
    <WidgetFrame islandId={ISLAND_ID} title={labels.title} context={labels.context}>
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <legend className="float-left mr-2 text-slate-700 dark:text-slate-300">{labels.surface}</legend>
        {(Object.keys(surfaces) as Surface['id'][]).map((s) => (
          <label key={s} className="flex min-h-8 items-center gap-1.5">
            <input
              type="radio"
              name={`${id}-surface`}
              checked={surfaceId === s}
              onChange={() => {
                setSurfaceId(s);
                restart(surfaces[s]);
              }}
              className="accent-sky-700 dark:accent-sky-400"
            />
            {labels.surfaces[s]}
          </label>
        ))}
      </fieldset>

      <div className="mt-2 grid grid-cols-[auto_1fr_auto] items-center gap-x-3 gap-y-2 text-sm">
        <label htmlFor={`${id}-lr`}>{labels.lr}</label>
        <input
          id={`${id}-lr`}
          type="range"
          min={-3}
          max={0.2}
          step={0.05}
          value={lrT}
          aria-valuetext={String(lr)}
          onChange={(e) => {
            setLrT(Number(e.target.value));
            restart();
          }}
          className={slider}
        />
        <output htmlFor={`${id}-lr`} className="w-14 text-right tabular-nums">
          {lr}
        </output>
        <label htmlFor={`${id}-m`}>{labels.momentum}</label>
        <input
          id={`${id}-m`}
          type="range"
          min={0}
          max={0.95}
          step={0.05}
          value={momentum}
          onChange={(e) => {
            setMomentum(Number(e.target.value));
            restart();
          }}
          className={slider}
        />
        <output htmlFor={`${id}-m`} className="w-14 text-right tabular-nums">
          {momentum.toFixed(2)}
        </output>
      </div>

      <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        <button type="button" className={button} onClick={() => advance(1)} disabled={blown || left > 0}>
          {labels.step}
        </button>
        <button type="button" className={button} onClick={runAll} disabled={blown}>
          {left > 0 ? labels.pause : labels.run}
        </button>
        <button type="button" className={button} onClick={() => restart()}>
          {labels.reset}
        </button>
      </div>

      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <SurfacePlot surface={surfaceId} paths={[{ points: path }]} label={labels.plot} />
        <div>
          <LossCurve losses={path.map((p) => surface.loss(p) - surface.min)} max={Math.max(steps, stepsTaken)} label={labels.curve} />
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{labels.curve}</p>
        </div>
      </div>

      <LiveSummary testId="gradient-descent-summary">
        <span className={blown ? 'font-semibold text-red-700 dark:text-red-400' : ''}>{announced}</span>
      </LiveSummary>
    </WidgetFrame>
  );
}
