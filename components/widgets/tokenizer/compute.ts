import { getEncoding } from 'js-tiktoken';
import { encodings, tokenSpans, type TokenData } from '@/lib/widgets/tokenizer';
import { sentencePairs } from './pairs';

/** Build-time only (js-tiktoken and its vocabularies never reach the browser). */
export function computeTokenData(): TokenData {
  return encodings.map((name) => {
    const enc = getEncoding(name);
    const spans = (s: string) => tokenSpans(enc.encode(s), (ids) => enc.decode(ids));
    return { pairs: sentencePairs.map((p) => ({ en: spans(p.en), zh: spans(p.zh) })) };
  });
}
