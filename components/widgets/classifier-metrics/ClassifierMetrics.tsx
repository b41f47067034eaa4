import type { ReactNode } from 'react';
import type { Lang } from '@/lib/i18n/langs';
import { messages } from '@/lib/i18n';
import { bleu, bleuTokens, confusionAt, metricsOf } from '@/lib/widgets/classifier-metrics';
import { Island } from '@/components/islands/Island';
import { FallbackTable, WidgetFrame } from '../parts';
import { bleuExamples, scoredReviews, type ClassifierMetricsProps } from './data';

const THRESHOLDS = [0.3, 0.5, 0.7] as const;

/** A fallback table: a text column, then numbers. */
function Table({ caption, heads, rows }: { caption: string; heads: string[]; rows: ReactNode[][] }) {
  return (
    <FallbackTable caption={caption}>
      <thead>
        <tr className="border-b border-slate-200 text-left dark:border-slate-700">
          {heads.map((h, i) => (
            <th key={h} className={`py-1 pr-3 font-medium ${i ? 'text-right' : ''}`}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r} className="border-b border-slate-100 dark:border-slate-800">
            {row.map((v, i) => (
              <td key={i} className={`py-1 pr-3 ${i ? 'text-right' : ''}`}>
                {v}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </FallbackTable>
  );
}

/**
 * `<ClassifierMetrics part="threshold" />` (section 3.3) and `<ClassifierMetrics part="bleu" />`
 * (section 3.4): one island, two parts. The fallbacks are the metrics at three thresholds and
 * the BLEU arithmetic of two examples.
 */
export function makeClassifierMetrics(lang: Lang) {
  return function ClassifierMetrics({ part }: { part: 'threshold' | 'bleu' }) {
    const m = messages(lang).widget;
    const f = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(3));
    let props: ClassifierMetricsProps;
    let table: ReactNode;
    if (part === 'threshold') {
      const { fallbackCaption, setting, ...labels } = m.classifier;
      props = { lang, part, examples: [...scoredReviews], labels };
      const rows = THRESHOLDS.map((t) => {
        const c = confusionAt(scoredReviews, t);
        const r = metricsOf(c);
        return [t, c.tp, c.fp, c.fn, c.tn, f(r.precision), f(r.recall), f(r.f1)];
      });
      table = <Table caption={fallbackCaption} heads={[setting, 'TP', 'FP', 'FN', 'TN', labels.precision, labels.recall, labels.f1]} rows={rows} />;
    } else {
      const { fallbackCaption, pair, ...labels } = m.bleu;
      props = { lang, part, examples: bleuExamples, labels };
      const rows = Object.values(bleuExamples).map((ex) => {
        const r = bleu(bleuTokens(ex.candidate), bleuTokens(ex.reference));
        return [`${ex.candidate} / ${ex.reference}`, ...r.precisions.map((p) => `${p.matches}/${p.total}`), r.bp.toFixed(4), r.score.toFixed(4)];
      });
      table = <Table caption={fallbackCaption} heads={[pair, 'p₁', 'p₂', 'p₃', 'p₄', 'BP', 'BLEU']} rows={rows} />;
    }
    return (
      <Island name="classifier-metrics" props={props} label={props.labels.title}>
        <WidgetFrame title={props.labels.title} context={props.labels.context} staticNote={m.staticNote}>
          {table}
        </WidgetFrame>
      </Island>
    );
  };
}
