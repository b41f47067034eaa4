import type { Lang } from '@/lib/i18n/langs';
import { messages } from '@/lib/i18n';
import { keptTokens, softmax } from '@/lib/widgets/sampling';
import { Island } from '@/components/islands/Island';
import { samplingExample, type SamplingProps } from './data';

const TEMPERATURES = [0.5, 1, 1.5] as const;

/**
 * `<Sampling />` in a chapter: the temperature / top-k / top-p widget of section 3.5. The static
 * fallback is the table of the chapter's own example at three temperatures, with the sets that
 * top-k = 3 and top-p = 0.9 keep: it makes the point on paper and without JavaScript.
 */
export function makeSampling(lang: Lang) {
  return function Sampling() {
    const m = messages(lang).widget;
    // The fallback's own strings stay on the server; the rest travel to the live widget.
    const { fallbackCaption, keptByK, keptByP, ...labels } = m.sampling;
    const props: SamplingProps = { lang, tokens: [...samplingExample.tokens], logits: [...samplingExample.logits], labels };
    const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
    const p1 = softmax(props.logits, 1);
    const names = (kept: boolean[]) => props.tokens.filter((_, i) => kept[i]).join(', ');
    return (
      <Island name="sampling" props={props} label={m.sampling.title}>
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <p className="mb-1 font-semibold text-slate-900 dark:text-white">{m.sampling.title}</p>
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{m.sampling.context}</p>
          <div className="overflow-x-auto" tabIndex={0}>
            <table className="w-full text-sm tabular-nums">
              <caption className="caption-bottom pt-2 text-left text-xs text-slate-600 dark:text-slate-400">{fallbackCaption}</caption>
              <thead>
                <tr className="border-b border-slate-200 text-left dark:border-slate-700">
                  <th className="py-1 pr-3 font-medium">{m.sampling.token}</th>
                  <th className="py-1 pr-3 text-right font-medium">{m.sampling.logit}</th>
                  {TEMPERATURES.map((t) => (
                    <th key={t} className="py-1 pr-3 text-right font-medium">
                      T = {t}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {props.tokens.map((token, i) => (
                  <tr key={token} className="border-b border-slate-100 dark:border-slate-800">
                    <td className="py-1 pr-3 font-mono">{token}</td>
                    <td className="py-1 pr-3 text-right">{props.logits[i]!.toFixed(1)}</td>
                    {TEMPERATURES.map((t) => (
                      <td key={t} className="py-1 pr-3 text-right">
                        {pct.format(softmax(props.logits, t)[i]!)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-3 text-sm">
            {keptByK}: <span className="font-mono">{names(keptTokens(p1, { topK: 3 }))}</span>
            <br />
            {keptByP}: <span className="font-mono">{names(keptTokens(p1, { topP: 0.9 }))}</span>
          </p>
          <p className="screen-only js-hint mt-2 text-xs text-slate-500 dark:text-slate-400">{m.staticNote}</p>
        </div>
      </Island>
    );
  };
}

