import type { Lang } from '@/lib/i18n/langs';
import { messages } from '@/lib/i18n';
import { encodings, tokenCount, type Span, type TokenData } from '@/lib/widgets/tokenizer';
import { Island } from '@/components/islands/Island';
import { FallbackTable, WidgetFrame } from '../parts';
import { sentencePairs } from './pairs';
import tokens from './tokens.json';
import type { TokenizerProps } from './data';

const data = tokens as TokenData;
const total = (e: number, k: 'en' | 'zh') => data[e]!.pairs.reduce((n, p) => n + tokenCount(p[k] as Span[]), 0);

/**
 * `<Tokenizer />` in a chapter: Chinese and English token counts (Chapter 1). The token data is
 * tokens.json, written at build time by scripts/tokenize-pairs.ts; the fallback is the table of
 * counts for every pair and encoding with the ratios over all of them.
 */
export function makeTokenizer(lang: Lang) {
  return function Tokenizer() {
    const m = messages(lang).widget;
    const { fallbackCaption, pairs, total: totalLabel, ...labels } = m.tokenizer;
    const props: TokenizerProps = { lang, encodings, data, labels };
    const cell = 'py-1 pr-2 text-right';
    return (
      <Island name="tokenizer" props={props} label={labels.title}>
        <WidgetFrame title={labels.title} context={labels.context} staticNote={m.staticNote}>
          <FallbackTable caption={fallbackCaption}>
            <thead>
              <tr className="border-b border-slate-200 text-left dark:border-slate-700">
                <th className="py-1 pr-2 font-medium">{pairs}</th>
                {encodings.map((e) => (
                  <th key={e} className="py-1 pr-2 text-right font-medium">
                    {e} ({labels.english} / {labels.chinese})
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sentencePairs.map((p, i) => (
                <tr key={p.en} className="border-b border-slate-100 dark:border-slate-800">
                  <td className="py-1 pr-2">{p[lang]}</td>
                  {encodings.map((e, k) => (
                    <td key={e} className={cell}>
                      {tokenCount(data[k]!.pairs[i]!.en)} / {tokenCount(data[k]!.pairs[i]!.zh)}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="font-semibold">
                <td className="py-1 pr-2">{totalLabel}</td>
                {encodings.map((e, k) => (
                  <td key={e} className={cell}>
                    {total(k, 'en')} / {total(k, 'zh')} = {(total(k, 'zh') / total(k, 'en')).toFixed(2)}
                  </td>
                ))}
              </tr>
            </tbody>
          </FallbackTable>
        </WidgetFrame>
      </Island>
    );
  };
}
