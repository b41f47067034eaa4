import type { Lang } from '@/lib/i18n/langs';
import { messages } from '@/lib/i18n';
import { flops, formatPower, optimalSplit, predictedLoss, scaleWord } from '@/lib/widgets/scaling-law';
import { Island } from '@/components/islands/Island';
import { FallbackTable, WidgetFrame } from '../parts';
import { IsoFlopChart } from './IsoFlopChart';
import { knownModels, type ScalingLawProps } from './data';

/**
 * `<ScalingLaw />` in a chapter: the Chinchilla calculator of section 2.7. The static fallback
 * is the iso-FLOP curve at Chinchilla's budget and a table of published models against the
 * lowest loss the fit allows for their compute.
 */
export function makeScalingLaw(lang: Lang) {
  return function ScalingLaw() {
    const m = messages(lang).widget;
    const { fallbackCaption, model, atOptimum, ...labels } = m.scalingLaw;
    const chinchilla = knownModels.find((k) => k.name === 'Chinchilla')!;
    const props: ScalingLawProps = { lang, start: { c: flops(chinchilla.n, chinchilla.d), n: chinchilla.n }, labels };
    const th = 'py-1 pr-3 text-right font-medium';
    const td = 'py-1 pr-3 text-right';
    return (
      <Island name="scaling-law" props={props} label={labels.title}>
        <WidgetFrame title={labels.title} context={labels.context} staticNote={m.staticNote}>
          <IsoFlopChart c={props.start.c} yourN={chinchilla.n} label={`${labels.curve}: C = ${formatPower(props.start.c)}`} names={{ ...labels, yours: 'Chinchilla' }} />
          <FallbackTable caption={fallbackCaption} className="mt-3">
            <thead>
              <tr className="border-b border-slate-200 text-left dark:border-slate-700">
                <th className="py-1 pr-3 font-medium">{model}</th>
                <th className={th}>N</th>
                <th className={th}>D</th>
                <th className={th}>C</th>
                <th className={th}>{labels.ratio}</th>
                <th className={th}>{labels.loss}</th>
                <th className="py-1 text-right font-medium">{atOptimum}</th>
              </tr>
            </thead>
            <tbody>
              {knownModels.map((k) => {
                const c = flops(k.n, k.d);
                const opt = optimalSplit(c);
                return (
                  <tr key={k.name} className="border-b border-slate-100 dark:border-slate-800">
                    <td className="py-1 pr-3">{k.name}</td>
                    <td className={td}>{scaleWord(k.n)}</td>
                    <td className={td}>{scaleWord(k.d)}</td>
                    <td className={td}>{formatPower(c)}</td>
                    <td className={td}>{Math.round(k.d / k.n)}</td>
                    <td className={td}>{predictedLoss(k.n, k.d).toFixed(3)}</td>
                    <td className="py-1 text-right">
                      {predictedLoss(opt.n, opt.d).toFixed(3)} ({scaleWord(opt.n)})
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </FallbackTable>
          <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">{labels.note}</p>
        </WidgetFrame>
      </Island>
    );
  };
}
