import type { Lang } from '@/lib/i18n/langs';
import { messages } from '@/lib/i18n';
import { economics } from '@/lib/widgets/unit-economics';
import { Island } from '@/components/islands/Island';
import { FallbackTable, WidgetFrame } from '../parts';
import { defaultScenario, presets, PRESETS_AS_OF, type PresetId, type UnitEconomicsProps } from './data';

const SCALES = [1000, 100_000] as const;

/**
 * `<UnitEconomics />` in a chapter: the monthly-bill calculator of section 5.3. The static
 * fallback is the bill of the three presets at two sizes of product, which makes the chapter's
 * point on its own: an API costs in proportion to use, rented GPUs in steps.
 */
export function makeUnitEconomics(lang: Lang) {
  return function UnitEconomics() {
    const m = messages(lang).widget;
    const { fallbackCaption, scale, ...labels } = m.unitEconomics;
    const props: UnitEconomicsProps = {
      lang,
      anchor: 'cost-calculator',
      defaults: defaultScenario,
      presets,
      labels: { ...labels, sources: labels.sources.replace('{{date}}', PRESETS_AS_OF) },
    };
    const usd = new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    const usd2 = new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
    const count = new Intl.NumberFormat(lang);
    const ids = Object.keys(presets) as PresetId[];
    return (
      <Island name="unit-economics" props={props} label={labels.title}>
        <WidgetFrame title={labels.title} context={labels.context} staticNote={m.staticNote}>
          <FallbackTable caption={fallbackCaption}>
            <thead>
              <tr className="border-b border-slate-200 text-left dark:border-slate-700">
                <th className="py-1 pr-3 font-medium">{labels.preset}</th>
                <th className="py-1 pr-3 text-right font-medium">{scale}</th>
                <th className="py-1 pr-3 text-right font-medium">{labels.monthlyCost}</th>
                <th className="py-1 pr-3 text-right font-medium">{labels.costPerUser}</th>
                <th className="py-1 text-right font-medium">{labels.grossMargin}</th>
              </tr>
            </thead>
            <tbody>
              {ids.flatMap((id) =>
                SCALES.map((users) => {
                  const e = economics({ ...defaultScenario, ...presets[id], users });
                  return (
                    <tr key={`${id}-${users}`} className="border-b border-slate-100 dark:border-slate-800">
                      <td className="py-1 pr-3">{labels.presetNames[id]}</td>
                      <td className="py-1 pr-3 text-right">{count.format(users)}</td>
                      <td className="py-1 pr-3 text-right">
                        {usd.format(e.monthlyCost)}
                        {e.gpus !== null ? ` (${e.gpus} GPU)` : ''}
                      </td>
                      <td className="py-1 pr-3 text-right">{usd2.format(e.costPerUser)}</td>
                      <td className="py-1 text-right">{pct.format(e.grossMargin)}</td>
                    </tr>
                  );
                }),
              )}
            </tbody>
          </FallbackTable>
          <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">{props.labels.sources}</p>
        </WidgetFrame>
      </Island>
    );
  };
}
