import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchData, loadSearchData, type SearchEngine } from '@/lib/search/engine';
import { searchRecords } from '@/lib/search/records';
import type { Lang } from '@/lib/i18n/langs';

// The real index: built from the book by the same code as the site's search-index.json, then
// serialised and imported exactly as the browser does.
const engines = {} as Record<Lang, SearchEngine>;
beforeAll(async () => {
  for (const lang of ['zh', 'en'] as const) {
    const data = buildSearchData(lang, await searchRecords(lang));
    engines[lang] = loadSearchData(JSON.parse(JSON.stringify(data)));
  }
}, 120_000);

type Case = [query: string, expected: string[], why: string];

const zh: Case[] = [
  ['注意力', ['attention-mechanism'], 'a word inside the compound 注意力机制'],
  ['注意力机制', ['attention-mechanism'], 'whole term, defined in 2.5'],
  ['迁移', ['pretraining-and-transfer-learning'], 'a two-character word inside 迁移学习'],
  ['迁移学习', ['pretraining-and-transfer-learning'], 'section title word'],
  ['词嵌入', ['word-embeddings'], 'title'],
  ['词向量', ['word-embeddings'], 'synonym used in the text'],
  ['反向传播', ['backpropagation-and-gradient-descent'], 'title'],
  ['梯度下降', ['backpropagation-and-gradient-descent', 'gradient-descent'], 'title'],
  ['长短期记忆', ['sequence-models-rnn-lstm', 'lstm-gates'], 'LSTM in Chinese'],
  ['协同过滤', ['recommender-systems', 'collaborative-filtering'], 'defined in 3.2'],
  ['情感分析', ['text-classification'], 'title'],
  ['机器翻译', ['machine-translation'], 'title'],
  ['困惑度', ['text-generation', 'perplexity'], 'defined in 3.5'],
  ['目标检测', ['object-detection'], 'title'],
  ['语音识别 WER', ['speech-recognition', 'wer-and-cer'], 'mixed Chinese and Latin'],
  ['GPT-3 参数', ['large-model-definition', 'size-reference-points', 'large-scale-pretrained-models'], 'mixed, with a hyphenated name'],
  ['语音合成', ['speech-synthesis'], 'title'],
  ['说话人', ['speaker-recognition'], 'three characters'],
  ['扩散模型', ['image-generation', 'diffusion-models'], 'defined in 4.2'],
  ['分词', ['word-embeddings', 'tokenisation-and-subwords'], 'two-character word'],
  ['预训练', ['pretraining-and-transfer-learning', 'large-scale-pretrained-models'], 'three characters in many compounds'],
  ['概念漂移', ['stream-analytics'], 'defined in 4.7'],
  ['数据隐私', ['data-privacy-and-security'], 'title of 5.2'],
  ['算力', ['compute-resources'], 'two characters inside the title 计算资源（算力）与成本'],
  ['个人信息保护法', ['data-privacy-and-security', 'privacy-laws', 'law-and-ethics'], 'a law named in 5.2'],
];

const en: Case[] = [
  ['attention', ['attention-mechanism'], 'title'],
  ['transfer learning', ['pretraining-and-transfer-learning'], 'two words'],
  ['embedding', ['word-embeddings'], 'singular finds the plural title'],
  ['embeddings', ['word-embeddings'], 'plural'],
  ['tranformer', ['transformer-architecture'], 'typo in a long word'],
  ['backpropogation', ['backpropagation-and-gradient-descent'], 'typo'],
  ['transf', ['transformer-architecture', 'pretraining-and-transfer-learning'], 'prefix while typing'],
  ['GAN', ['image-generation', 'gan-minimax'], 'acronym'],
  ['BERT', ['large-scale-pretrained-models', 'pretraining-objectives', 'self-supervised-objectives', 'case-google-bert'], 'model name'],
  ['LSTM', ['sequence-models-rnn-lstm', 'lstm-gates'], 'acronym in the title'],
  ['gradient descent', ['backpropagation-and-gradient-descent', 'gradient-descent'], 'two words'],
  ['collaborative filtering', ['recommender-systems', 'collaborative-filtering'], 'defined in 3.2'],
  ['precision recall', ['text-classification'], 'metric pair'],
  ['BLEU', ['machine-translation'], 'metric'],
  ['perplexity', ['text-generation', 'perplexity'], 'metric'],
  ['IoU', ['object-detection', 'iou-and-map'], 'acronym'],
  ['word error rate', ['speech-recognition', 'wer-and-cer'], 'spelled-out metric'],
  ['vocoder', ['speech-synthesis'], 'term'],
  ['concept drift', ['stream-analytics'], 'two words'],
  ['scaling law', ['large-model-characteristics', 'large-scale-pretrained-models'], 'term'],
  ['LoRA', ['pretraining-and-transfer-learning', 'adaptation-methods'], 'acronym'],
  ['speach recognition', ['speech-recognition'], 'typo in a six-letter word'],
  ['GDPR', ['data-privacy-and-security', 'privacy-laws', 'training-data-and-api-obligations'], 'a law named in 5.2'],
  ['differential privacy', ['data-privacy-and-security'], 'defined in 5.2'],
  ['business model', ['business-models'], 'singular finds the plural title'],
];

const sectionOf = (url: string) => url.split('#')[1] ?? '';

function check(lang: Lang, [query, expected, why]: Case) {
  it(`${query} → ${expected[0]} (${why})`, () => {
    const top = engines[lang].search(query).slice(0, 3).map((h) => sectionOf(h.record.url));
    expect(top.some((id) => expected.includes(id)), `top 3 for "${query}": ${top.join(', ')}`).toBe(true);
  });
}

describe('Chinese queries', () => zh.forEach((c) => check('zh', c)));
describe('English queries', () => en.forEach((c) => check('en', c)));
describe('English terms typed on the Chinese edition', () => {
  check('zh', ['Transformer', ['transformer-architecture'], 'Latin term in Chinese text']);
  check('zh', ['BLEU', ['machine-translation'], 'metric name in Chinese text']);
});
