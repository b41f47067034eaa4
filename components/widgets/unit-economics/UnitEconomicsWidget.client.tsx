'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import { decodeScenario, economics, encodeScenario, scenarioParams, type Scenario } from '@/lib/widgets/unit-economics';
import type { PresetId, UnitEconomicsProps } from './data';
import { LiveSummary, WidgetFrame } from '../parts';

/** Marks this chunk, so tests can tell whether a page fetched it. */
export const ISLAND_ID = 'book-island:unit-economics';

type NumericKey = Exclude<keyof Scenario, 'mode'>;

/**
 * A number input that lets the reader type freely ("0.", "", "1e") and passes a value on only
 * when it parses and lies in range; on leaving the field it shows the value in force again.
 * `scale` shows a 0–1 field as a percentage.
 */
function NumberField({ id, label, value, onChange, min = 0, max, step = 1, scale = 1 }: { id: string; label: string; value: number; onChange(v: number): void; min?: number; max?: number; step?: number; scale?: number }) {
  const shown = String(Math.round(value * scale * 1e6) / 1e6);
  const [text, setText] = useState(shown);
  const [editing, setEditing] = useState(false);
  return (
    <label htmlFor={id} className="flex flex-col gap-1 text-sm">
      <span className="text-slate-700 dark:text-slate-300">{label}</span>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={editing ? text : shown}
        onFocus={() => {
          setText(shown);
          setEditing(true);
        }}
        onBlur={() => setEditing(false)}
        onChange={(e) => {
          setText(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(n) && n >= min && (max === undefined || n <= max)) onChange(n / scale);
        }}
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 tabular-nums text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      />
    </label>
  );
}

function presetOf(s: Scenario, presets: UnitEconomicsProps['presets']): PresetId | 'custom' {
  for (const [id, p] of Object.entries(presets) as [PresetId, Partial<Scenario>][]) {
    if ((Object.keys(p) as (keyof Scenario)[]).every((k) => s[k] === p[k])) return id;
  }
  return 'custom';
}

/**
 * The monthly bill of a model-backed product: traffic × tokens × price, or whole rented GPUs,
 * against what users pay. The scenario lives in the page's query string, so the address bar
 * (or "Copy a link") shares exactly what the reader sees.
 */
export default function UnitEconomicsWidget({ lang, anchor, defaults, presets, labels }: UnitEconomicsProps) {
  const id = useId();
  const [s, setS] = useState<Scenario>(() => decodeScenario(new URLSearchParams(window.location.search), defaults));
  const [copied, setCopied] = useState(false);
  const e = economics(s);

  const f = useMemo(() => {
    const usd = new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    const usd2 = new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return {
      usd: (x: number) => (Math.abs(x) < 100 ? usd2 : usd).format(x),
      pct: new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }),
      count: new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }),
      compact: new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }),
    };
  }, [lang]);

  // Keep the address bar in step with the scenario, leaving other parameters and the #section alone.
  useEffect(() => {
    const url = new URL(window.location.href);
    for (const p of scenarioParams) url.searchParams.delete(p);
    for (const [k, v] of encodeScenario(s, defaults)) url.searchParams.set(k, v);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }, [s, defaults]);

  const set = (key: NumericKey) => (v: number) => {
    setS((old) => ({ ...old, [key]: v }));
    setCopied(false);
  };
  const preset = presetOf(s, presets);
  const margin = Number.isFinite(e.grossMargin) ? f.pct.format(e.grossMargin) : '—';
  const marginText = e.grossMargin < 0 ? `${margin} (${labels.loss})` : margin;
  const summary = (e.gpus === null ? labels.summaryApi : labels.summaryGpu)
    .replace('{{gpus}}', String(e.gpus))
    .replace('{{cost}}', f.usd(e.monthlyCost))
    .replace('{{requests}}', f.count.format(e.requests))
    .replace('{{perUser}}', f.usd(e.costPerUser))
    .replace('{{margin}}', marginText);

  async function copyLink() {
    const url = new URL(window.location.href);
    url.hash = anchor;
    try {
      await navigator.clipboard.writeText(url.href);
      setCopied(true);
    } catch {
      // No clipboard (permissions, insecure origin): the address bar already holds the scenario.
      setCopied(false);
    }
  }

  const field = (key: NumericKey, extra: { min?: number; max?: number; step?: number; scale?: number } = {}) => (
    <NumberField id={`${id}-${key}`} label={labels[key]} value={s[key]} onChange={set(key)} {...extra} />
  );
  const button = 'rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

  return (
    <WidgetFrame islandId={ISLAND_ID} title={labels.title} context={labels.context}>

      <label htmlFor={`${id}-preset`} className="flex flex-col gap-1 text-sm">
        <span className="text-slate-700 dark:text-slate-300">{labels.preset}</span>
        <select
          id={`${id}-preset`}
          value={preset}
          onChange={(ev) => {
            const p = presets[ev.target.value as PresetId];
            if (p) setS((old) => ({ ...old, ...p }));
          }}
          className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        >
          {(Object.keys(presets) as PresetId[]).map((p) => (
            <option key={p} value={p}>
              {labels.presetNames[p]}
            </option>
          ))}
          {preset === 'custom' && <option value="custom">{labels.custom}</option>}
        </select>
      </label>

      <fieldset className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <legend className="float-left mr-4 text-slate-700 dark:text-slate-300">{labels.mode}</legend>
        {(['api', 'gpu'] as const).map((mode) => (
          <label key={mode} className="flex min-h-8 items-center gap-1.5">
            <input type="radio" name={`${id}-mode`} value={mode} checked={s.mode === mode} onChange={() => setS((old) => ({ ...old, mode }))} className="accent-sky-700 dark:accent-sky-400" />
            {mode === 'api' ? labels.modeApi : labels.modeGpu}
          </label>
        ))}
      </fieldset>

      <div className="mt-3 grid grid-cols-2 items-end gap-3 sm:grid-cols-3">
        {field('users')}
        {field('requests')}
        {field('price', { step: 0.5 })}
        {field('inTokens', { step: 100 })}
        {field('outTokens', { step: 50 })}
        {field('zhRatio', { min: 0.1, max: 10, step: 0.01 })}
        {s.mode === 'api' ? (
          <>
            {field('priceIn', { step: 0.05 })}
            {field('priceOut', { step: 0.05 })}
          </>
        ) : (
          <>
            {field('gpuHour', { step: 0.1 })}
            {field('prefillTps', { min: 1, step: 100 })}
            {field('decodeTps', { min: 1, step: 100 })}
            {field('utilisation', { min: 1, max: 100, step: 5, scale: 100 })}
          </>
        )}
      </div>

      <div className="mt-3 grid grid-cols-[auto_1fr_auto] items-center gap-x-3 text-sm">
        <label htmlFor={`${id}-zh`}>{labels.zhShare}</label>
        <input
          id={`${id}-zh`}
          type="range"
          min={0}
          max={100}
          step={5}
          value={Math.round(s.zhShare * 100)}
          onChange={(ev) => set('zhShare')(Number(ev.target.value) / 100)}
          className="w-full accent-sky-700 dark:accent-sky-400"
        />
        <output htmlFor={`${id}-zh`} className="w-12 text-right tabular-nums">
          {f.pct.format(s.zhShare)}
        </output>
      </div>

      <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-2 rounded-md bg-slate-50 p-3 text-sm tabular-nums sm:grid-cols-3 dark:bg-slate-800/60" data-testid="unit-economics-results">
        {(
          [
            [labels.monthlyCost, f.usd(e.monthlyCost)],
            [labels.costPerUser, f.usd(e.costPerUser)],
            [labels.grossMargin, marginText],
            [labels.breakEven, f.usd(e.breakEvenPrice)],
            e.gpus === null ? [labels.tokens, `${f.compact.format(e.inputTokens)} / ${f.compact.format(e.outputTokens)}`] : [labels.gpus, String(e.gpus)],
          ] as const
        ).map(([k, v]) => (
          <div key={k}>
            <dt className="text-xs text-slate-600 dark:text-slate-400">{k}</dt>
            <dd className={`font-semibold ${k === labels.grossMargin && e.grossMargin < 0 ? 'text-red-700 dark:text-red-400' : 'text-slate-900 dark:text-white'}`}>{v}</dd>
          </div>
        ))}
      </dl>

      <LiveSummary testId="unit-economics-summary">{summary}</LiveSummary>

      <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        <button type="button" onClick={() => void copyLink()} className={button}>
          {labels.copyLink}
        </button>
        <button
          type="button"
          onClick={() => {
            setS(defaults);
            setCopied(false);
          }}
          className={button}
        >
          {labels.reset}
        </button>
        <span role="status" className="text-slate-600 dark:text-slate-400">
          {copied ? labels.copied : ''}
        </span>
      </div>
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">{labels.sources}</p>
    </WidgetFrame>
  );
}
