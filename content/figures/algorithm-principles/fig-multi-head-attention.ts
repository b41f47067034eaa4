import { diagram } from '@/lib/figures/types';

const HEADS = 3;

export default diagram(
  {
    id: 'fig-multi-head-attention',
    chapter: 'algorithm-principles',
    width: 460,
    height: 270,
    caption: {
      zh: '多头注意力：h 个头各用自己的投影矩阵并行计算注意力，结果拼接后经输出投影 Wᴼ 映射回 d_model 维（原论文 h = 8）',
      en: 'Multi-head attention: h heads, each with its own projection matrices, attend in parallel; their outputs are concatenated and projected back to d_model by Wᴼ (h = 8 in the original paper)',
    },
    alt: { zh: '多头注意力的结构图', en: 'Diagram of multi-head attention' },
    desc: {
      zh: '底部是输入 Q、K、V（自注意力时三者都来自同一序列）。它们各自进入 h 组线性投影（图中画出 3 组，表示 h 个头），每组把 d_model 维投影到 d_k = d_model / h 维。每个头独立做一次缩放点积注意力。h 个头的输出在上方拼接成 h·d_v 维，再经过一个线性层 Wᴼ 投影回 d_model 维，作为多头注意力的输出。',
      en: 'At the bottom are the inputs Q, K and V (all from the same sequence in self-attention). Each goes through h sets of linear projections (three drawn, standing for h heads), each mapping d_model dimensions to d_k = d_model / h. Every head runs its own scaled dot-product attention. Above, the h head outputs are concatenated into h·d_v dimensions and a linear layer Wᴼ projects them back to d_model as the output of multi-head attention.',
    },
  },
  (k) => {
    let out = '';
    // Heads drawn as stacked cards, back to front.
    for (let h = HEADS - 1; h >= 0; h--) {
      const dx = h * 14;
      const dy = -h * 12;
      const front = h === 0;
      out += k.rect(90 + dx, 100 + dy, 260, 100, { tone: 0, rx: 8, opacity: front ? undefined : 1 });
      if (front) {
        for (const [i, name] of ['Q', 'K', 'V'].entries()) {
          const x = 105 + i * 80;
          out += k.box(x, 160, 70, 26, { zh: `线性 W${name}`, en: `Linear W${name}` }, { tone: 1, size: 's' });
          out += k.arrow([[x + 35, 160], [x + 35, 146]]);
        }
        out += k.box(110, 112, 220, 34, { zh: '缩放点积注意力', en: 'Scaled dot-product attention' }, { tone: 2, size: 's' });
      }
    }
    out += k.text(392, 96, { zh: 'h 个头', en: 'h heads' }, { size: 's', muted: true });
    for (const [i, name] of ['Q', 'K', 'V'].entries()) {
      const x = 140 + i * 80;
      out += k.text(x, 250, name, { anchor: 'middle', italic: true }) + k.arrow([[x, 238], [x, 186]]);
    }
    out += k.arrow([[220, 112], [220, 76]]);
    out += k.box(140, 50, 160, 26, { zh: '拼接 Concat', en: 'Concat' }, { tone: 3, size: 's' });
    out += k.arrow([[220, 50], [220, 42]]);
    out += k.box(160, 16, 120, 26, { zh: '线性 Wᴼ', en: 'Linear Wᴼ' }, { tone: 4, size: 's' });
    out += k.arrow([[280, 29], [330, 29]]) + k.text(336, 29, { zh: 'd_model 维输出', en: 'output (d_model)' }, { size: 's' });
    return out;
  },
);
