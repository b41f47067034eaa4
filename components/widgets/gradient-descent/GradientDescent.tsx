import type { Lang } from '@/lib/i18n/langs';
import { messages } from '@/lib/i18n';
import { formatLoss, run, surfaces, type Surface } from '@/lib/widgets/gradient-descent';
import { Island } from '@/components/islands/Island';
import { FallbackTable, WidgetFrame } from '../parts';
import { SurfacePlot } from './Plot';
import type { GradientDescentProps } from './data';

export const STEPS = 40;

/** Representative settings for the fallback table: the stable, the slow, the zig-zag and the divergent. */
const SETTINGS: readonly [Surface['id'], number, number][] = [
  ['bowl', 0.1, 0],
  ['bowl', 0.5, 0],
  ['bowl', 0.95, 0],
  ['bowl', 1.1, 0],
  ['ravine', 0.01, 0],
  ['ravine', 0.036, 0],
  ['ravine', 0.036, 0.5],
  ['ravine', 0.041, 0],
  ['ravine', 0.041, 0.5],
  ['saddle', 0.1, 0],
];

/**
 * `<GradientDescent />` in a chapter: the loss-surface widget of section 2.2. The static
 * fallback is the ravine with a zig-zag and a momentum path, and a table of the loss after 40
 * steps for representative learning rates, divergence included.
 */
export function makeGradientDescent(lang: Lang) {
  return function GradientDescent() {
    const m = messages(lang).widget;
    const { fallbackCaption, setting, after, ...labels } = m.gradientDescent;
    const props: GradientDescentProps = { lang, steps: STEPS, labels };
    return (
      <Island name="gradient-descent" props={props} label={labels.title}>
        <WidgetFrame title={labels.title} context={labels.context} staticNote={m.staticNote}>
          <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
            <SurfacePlot
              surface="ravine"
              label={`${labels.surfaces.ravine}: η = 0.036; η = 0.036, β = 0.5`}
              paths={[{ points: run(surfaces.ravine, 0.036, 0, STEPS) }, { points: run(surfaces.ravine, 0.036, 0.5, STEPS), dashed: true }]}
            />
            <FallbackTable caption={fallbackCaption} className="min-w-0 flex-1">
              <thead>
                <tr className="border-b border-slate-200 text-left dark:border-slate-700">
                  <th className="py-1 pr-3 font-medium">{setting}</th>
                  <th className="py-1 text-right font-medium">{after}</th>
                </tr>
              </thead>
              <tbody>
                {SETTINGS.map(([id, lr, beta]) => {
                  const s = surfaces[id];
                  const loss = s.loss(run(s, lr, beta, STEPS).at(-1)!);
                  return (
                    <tr key={`${id}${lr}${beta}`} className="border-b border-slate-100 dark:border-slate-800">
                      <td className="py-1 pr-3">
                        {labels.surfaces[id]}, η = {lr}
                        {beta ? `, β = ${beta}` : ''}
                      </td>
                      <td className="py-1 text-right">
                        {formatLoss(loss, lang)}
                        {loss > s.loss(s.start) ? ` (${labels.diverged})` : ''}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </FallbackTable>
          </div>
        </WidgetFrame>
      </Island>
    );
  };
}
