import { diagram } from '@/lib/figures/types';
import { matrix } from '@/lib/figures/blocks';

const WORDS = [
  { zh: '猫', en: 'cat' },
  { zh: '狗', en: 'dog' },
  { zh: '汽车', en: 'car' },
];

/** Illustrative 2-D positions (not a trained model): related words close together. */
const POINTS = [
  { w: { zh: '猫', en: 'cat' }, x: 0.8, y: 2.6, g: 1 },
  { w: { zh: '狗', en: 'dog' }, x: 1.4, y: 2.1, g: 1 },
  { w: { zh: '马', en: 'horse' }, x: 0.5, y: 1.7, g: 1 },
  { w: { zh: '汽车', en: 'car' }, x: 3.2, y: 0.9, g: 2 },
  { w: { zh: '卡车', en: 'truck' }, x: 3.6, y: 0.4, g: 2 },
  { w: { zh: '公交车', en: 'bus' }, x: 2.8, y: 0.2, g: 2 },
  { w: { zh: '苹果', en: 'apple' }, x: 3.4, y: 2.8, g: 3 },
  { w: { zh: '香蕉', en: 'banana' }, x: 2.7, y: 3.1, g: 3 },
] as const;

export default diagram(
  {
    id: 'fig-one-hot-vs-embedding',
    chapter: 'algorithm-principles',
    width: 460,
    height: 230,
    caption: {
      zh: '左：独热向量与词表一样长，任意两个词都同样“无关”；右：稠密词向量（示意，投影到二维）让相关的词彼此靠近',
      en: 'Left: one-hot vectors are as long as the vocabulary and every pair of words is equally unrelated; right: dense embeddings (illustrative, projected to 2-D) put related words near each other',
    },
    alt: { zh: '独热向量与二维词向量空间的对比', en: 'One-hot vectors compared with a 2-D embedding space' },
    desc: {
      zh: '左边三行格子分别是“猫”“狗”“汽车”的独热向量：每行长度等于词表大小 V（图中只画出 12 格），只有一格为 1，其余为 0，所以任意两个不同词的向量都正交。右边是示意性的二维词向量空间：猫、狗、马聚在左上，汽车、卡车、公交车聚在右下，苹果、香蕉聚在右上。真实的词向量有几百到上万维，这里只为说明“相关的词彼此靠近”。',
      en: 'On the left, three rows of cells are the one-hot vectors of “cat”, “dog” and “car”: each row is as long as the vocabulary V (12 cells drawn), with a single 1 and zeros elsewhere, so the vectors of any two different words are orthogonal. On the right, an illustrative 2-D embedding space: cat, dog and horse cluster at the upper left, car, truck and bus at the lower right, apple and banana at the upper right. Real embeddings have hundreds to thousands of dimensions; the picture only shows that related words end up close together.',
    },
  },
  (k) => {
    let out = k.text(120, 20, { zh: '独热向量（长度 V）', en: 'one-hot (length V)' }, { anchor: 'middle', size: 's' });
    WORDS.forEach((w, i) => {
      const y = 44 + i * 44;
      out += k.text(44, y + 8, w, { anchor: 'end', size: 's' });
      out += matrix(k, 52, y, 1, 12, 14, { tone: 1, shade: (_r, j) => (j === [2, 7, 10][i] ? 1 : 0) });
      out += k.text(230, y + 8, '…', { size: 's', muted: true });
    });
    out += k.text(120, 190, { zh: '两两正交：距离都一样', en: 'all orthogonal: equally far apart' }, { anchor: 'middle', size: 's', muted: true });
    // Embedding space.
    const X = (v: number) => 272 + v * 36;
    const Y = (v: number) => 200 - v * 50;
    out += k.arrow([[262, 200], [450, 200]], { thin: true }) + k.arrow([[262, 200], [262, 20]], { thin: true });
    out += k.text(356, 222, { zh: '词向量空间（示意）', en: 'embedding space (illustrative)' }, { anchor: 'middle', size: 's' });
    for (const p of POINTS) out += k.circle(X(p.x), Y(p.y), 4.5, { tone: p.g as 1 | 2 | 3, solid: true }) + k.text(X(p.x) + 8, Y(p.y), p.w, { size: 's' });
    return out;
  },
);
