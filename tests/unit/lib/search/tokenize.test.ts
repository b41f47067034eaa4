import { describe, expect, it } from 'vitest';
import { queryWords, stem, tokenize } from '@/lib/search/tokenize';

describe('tokenize', () => {
  it('leaves Chinese runs to the substring matcher', () => {
    expect(tokenize('注意力机制')).toEqual([]);
  });
  it('separates Latin words and numbers from Chinese text, lower-cased', () => {
    expect(tokenize('GPT-3参数')).toEqual(['gpt', '3']);
  });
  it('drops English stop words and stems plurals', () => {
    expect(tokenize('The embeddings of GANs')).toEqual(['embedding', 'gan']);
  });
  it('normalises full-width letters and digits', () => {
    expect(tokenize('ＢＥＲＴ２')).toEqual(['bert2']);
  });
  it('ignores punctuation, emoji and markup characters', () => {
    expect(tokenize('<script>😀 ... ***')).toEqual(['script']);
    expect(tokenize('   ')).toEqual([]);
  });
});

describe('stem', () => {
  it('maps common plural forms to the singular', () => {
    expect(['models', 'queries', 'matches', 'boxes'].map(stem)).toEqual(['model', 'query', 'match', 'box']);
  });
  it('leaves words that only look plural', () => {
    expect(['loss', 'corpus', 'analysis', 'bus'].map(stem)).toEqual(['loss', 'corpus', 'analysis', 'bus']);
  });
});

describe('queryWords', () => {
  it('keeps Chinese runs whole for highlighting', () => {
    expect(queryWords('语音识别 WER')).toEqual(['语音识别', 'wer']);
  });
});
