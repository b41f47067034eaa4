import { diagram } from '@/lib/figures/types';
import { matrix } from '@/lib/figures/blocks';
import { softmax } from '@/lib/figures/maths';

const SOURCE = ['the', 'European', 'Economic', 'Area'];
const TARGET = ['la', 'zone', 'économique', 'européenne'];
/** Which source word each target word translates; French puts the adjectives after the noun, in reverse. */
const ALIGN = [0, 3, 2, 1];

/** Weights α_ij = softmax_j(e_ij) over hand-set scores: 3 for the aligned word, 1 for its neighbours, 0 otherwise. */
export function alignmentWeights(): number[][] {
  return ALIGN.map((a) => softmax(SOURCE.map((_, j) => (j === a ? 3 : Math.abs(j - a) === 1 ? 1 : 0))));
}

export default diagram(
  {
    id: 'fig-alignment-heatmap',
    chapter: 'algorithm-principles',
    width: 460,
    height: 270,
    caption: {
      zh: '注意力权重 α 画成对齐热图（示意）：每一行是生成一个法语词时对各英语词的权重，和为 1；形容词的倒序清晰可见',
      en: 'Attention weights α drawn as an alignment heat map (illustrative): each row is one French word’s weights over the English words and sums to 1; the reversed adjectives stand out',
    },
    alt: { zh: '英法翻译的注意力对齐热图', en: 'Attention alignment heat map for an English–French translation' },
    desc: {
      zh: '列是英语源句 the European Economic Area 的四个词，行是法语译文 la zone économique européenne 的四个词。格子越深，权重越大。la 主要看 the，zone 主要看 Area，économique 看 Economic，européenne 看 European，所以深色格子不在主对角线上，而是反映了法语把形容词放在名词之后的语序。权重由一次 softmax 算出（对齐的词分数为 3，相邻词为 1，其余为 0），每行最大值约为 0.7，只为示意，并非训练所得。',
      en: 'Columns are the four words of the English source “the European Economic Area”, rows the four words of the French translation “la zone économique européenne”. Darker cells mean larger weights. “la” looks mostly at “the”, “zone” at “Area”, “économique” at “Economic” and “européenne” at “European”, so the dark cells leave the diagonal and show that French puts the adjectives after the noun. The weights come from one softmax over set scores (3 for the aligned word, 1 for neighbours, 0 otherwise); the largest in each row is about 0.7. They illustrate the idea and are not from a trained model.',
    },
  },
  (k) => {
    const w = alignmentWeights();
    const x0 = 150;
    const y0 = 86;
    const cell = 36;
    let out = matrix(k, x0, y0, 4, 4, cell, { tone: 1, shade: (i, j) => w[i]![j]! });
    SOURCE.forEach((s, j) => (out += k.text(x0 + j * cell + cell / 2, y0 - 8, s, { size: 's', rotate: -35 })));
    TARGET.forEach((t, i) => (out += k.text(x0 - 8, y0 + i * cell + cell / 2, t, { size: 's', anchor: 'end' })));
    w.forEach((row, i) => row.forEach((v, j) => v > 0.3 && (out += k.text(x0 + j * cell + cell / 2, y0 + i * cell + cell / 2, v.toFixed(2), { size: 's', anchor: 'middle' }))));
    out += k.text(x0 + 2 * cell, 14, { zh: '源句（英语）', en: 'source (English)' }, { anchor: 'middle', size: 's', muted: true });
    out += k.text(40, y0 + 4 * cell + 24, { zh: '译文（法语）', en: 'translation (French)' }, { size: 's', muted: true });
    out += k.text(x0 + 4 * cell + 14, y0 + 2 * cell, { zh: '每行和为 1', en: 'each row\nsums to 1' }, { size: 's', muted: true });
    return out;
  },
);
