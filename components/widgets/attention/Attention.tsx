import { otherLangs, type Lang } from '@/lib/i18n/langs';
import { getT, messages } from '@/lib/i18n';
import { attentionWeights } from '@/lib/widgets/attention';
import { Island } from '@/components/islands/Island';
import { WidgetFrame } from '../parts';
import { attentionExample, vectorsOf, type AttentionProps } from './data';
import { Heatmap } from './Heatmap';

/**
 * `<Attention />` in a chapter: the attention explorer of section 2.5. The static fallback is
 * the full weight matrix of the page's own sentence, with the effect of the scaling and of the
 * causal mask stated in its caption from the same computation.
 */
export function makeAttention(lang: Lang) {
  return function Attention() {
    const m = messages(lang).widget;
    const { fallbackCaption, ...labels } = m.attention;
    // The page's own language first, then the other editions' sentences.
    const order = [lang, ...otherLangs(lang)];
    const props: AttentionProps = {
      lang,
      sentences: order.map((l) => ({ label: getT(l)('lang.name'), tokens: attentionExample[l].tokens, ...vectorsOf(attentionExample[l]) })),
      labels,
    };
    const { tokens, q, k } = props.sentences[0]!;
    const s = attentionExample[lang];
    const pron = s.roles.indexOf('pron');
    const noun = s.roles.indexOf('noun');
    const weights = attentionWeights(q, k);
    const caption = fallbackCaption
      .replace('{{pron}}', tokens[pron]!)
      .replace('{{noun}}', tokens[noun]!)
      .replace('{{scaled}}', weights[pron]![noun]!.toFixed(2))
      .replace('{{unscaled}}', attentionWeights(q, k, { scaled: false })[pron]![noun]!.toFixed(2))
      .replace('{{first}}', tokens[0]!);
    return (
      <Island name="attention" props={props} label={labels.title}>
        <WidgetFrame title={labels.title} context={labels.context} staticNote={m.staticNote}>
          <Heatmap tokens={tokens} weights={weights} caption={caption} corner={labels.query} masked={labels.masked} />
        </WidgetFrame>
      </Island>
    );
  };
}
