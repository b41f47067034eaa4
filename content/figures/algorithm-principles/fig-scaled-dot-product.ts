import { diagram } from '@/lib/figures/types';
import { matrix } from '@/lib/figures/blocks';

// Sizes in cells: n queries, m keys/values, d_k and d_v dimensions.
const n = 3;
const m = 5;
const dk = 2;
const dv = 3;
const C = 14;

export default diagram(
  {
    id: 'fig-scaled-dot-product',
    chapter: 'algorithm-principles',
    width: 460,
    height: 250,
    caption: {
      zh: '缩放点积注意力的形状：n×d_k 的 Q 乘 d_k×m 的 Kᵀ 得到 n×m 的分数，缩放并逐行 softmax 后乘 m×d_v 的 V，输出 n×d_v',
      en: 'Shapes in scaled dot-product attention: Q (n×d_k) times Kᵀ (d_k×m) gives n×m scores; scaled and softmaxed row by row, they multiply V (m×d_v) into an n×d_v output',
    },
    alt: { zh: '缩放点积注意力中各矩阵的形状', en: 'Matrix shapes in scaled dot-product attention' },
    desc: {
      zh: '从左到右：Q 是 n 行 d_k 列的矩阵（图中 n = 3、d_k = 2），Kᵀ 是 d_k 行 m 列（m = 5）。二者相乘得到 n×m 的分数矩阵 QKᵀ，除以 √d_k，（需要时加上掩码 M）后对每一行做 softmax，得到每行和为 1 的权重矩阵 A。A 再乘以 m 行 d_v 列的 V（d_v = 3），得到 n 行 d_v 列的输出：每个查询一行，是各个值向量的加权和。',
      en: 'Left to right: Q has n rows and d_k columns (n = 3, d_k = 2 in the drawing), Kᵀ has d_k rows and m columns (m = 5). Their product is the n×m score matrix QKᵀ, which is divided by √d_k, optionally added to a mask M, and softmaxed row by row into a weight matrix A whose rows sum to 1. A times V, with m rows and d_v columns (d_v = 3), gives an n×d_v output: one row per query, each a weighted sum of the value vectors.',
    },
  },
  (k) => {
    const top = 60;
    let out = '';
    out += matrix(k, 14, top, n, dk, C, { tone: 2, label: 'Q', below: 'n×dₖ' });
    out += k.text(54, top + (n * C) / 2, '×', { anchor: 'middle' });
    out += matrix(k, 66, top, dk, m, C, { tone: 3, label: 'Kᵀ', below: 'dₖ×m' });
    out += k.arrow([[144, top + 20], [166, top + 20]]);
    out += matrix(k, 170, top, n, m, C, { tone: 0, label: 'QKᵀ/√dₖ', below: 'n×m' });
    out += k.arrow([[244, top + 20], [272, top + 20]]) + k.text(258, top + 46, { zh: '(+M)\n逐行\nsoftmax', en: '(+M)\nsoftmax\nper row' }, { size: 's', anchor: 'middle', muted: true });
    const weights = [
      [0.5, 0.2, 0.1, 0.1, 0.1],
      [0.1, 0.6, 0.1, 0.1, 0.1],
      [0.1, 0.1, 0.2, 0.2, 0.4],
    ];
    out += matrix(k, 276, top, n, m, C, { tone: 1, shade: (i, j) => weights[i]![j]! * 1.6, label: 'A', below: 'n×m' });
    out += k.text(356, top + (n * C) / 2, '×', { anchor: 'middle' });
    out += matrix(k, 366, top - 8, m, dv, C, { tone: 4, label: 'V', below: 'm×dᵥ' });
    // A × V: one output row per query.
    out += k.arrow([[356, top + 30], [356, 146]]);
    out += matrix(k, 335, 150, n, dv, C, { tone: 5, below: { zh: '输出 n×dᵥ', en: 'output n×dᵥ' } });
    out += k.text(14, 236, { zh: '图中 n = 3 个查询，m = 5 个键和值，dₖ = 2，dᵥ = 3', en: 'drawn with n = 3 queries, m = 5 keys and values, dₖ = 2, dᵥ = 3' }, { size: 's', muted: true });
    return out;
  },
);
