import { diagram } from '@/lib/figures/types';
import type { Kit, Label } from '@/lib/figures/draw';

const W = 150; // sub-layer box width
const EN = 150; // encoder column centre
const DE = 370; // decoder column centre

const L = {
  mha: { zh: '多头注意力', en: 'Multi-Head\nAttention' },
  masked: { zh: '带掩码的\n多头注意力', en: 'Masked Multi-Head\nAttention' },
  ffn: { zh: '前馈网络', en: 'Feed Forward' },
  addNorm: { zh: '残差相加与层归一化', en: 'Add & Norm' },
  pe: { zh: '位置\n编码', en: 'Positional\nEncoding' },
} satisfies Record<string, Label>;

/**
 * A sub-layer and the Add & Norm box above it, with the residual path around one side (left in
 * the encoder, right in the decoder, as in the original figure). `inputs` are the x offsets of
 * the arrows entering it from the stream below (three for self-attention: Q, K, V).
 */
function sublayer(k: Kit, cx: number, y: number, label: Label, tone: 1 | 2, side: -1 | 1, inputs: readonly number[]) {
  const below = y + 50; // where the stream below branches
  const rx = cx + side * (W / 2 + 12);
  let out = k.box(cx - W / 2, y, W, 36, label, { tone }) + k.box(cx - W / 2, y - 36, W, 24, L.addNorm, { tone: 0, size: 's' });
  out += k.arrow([[cx, y], [cx, y - 12]]);
  out += k.arrow([[cx, below], [rx, below], [rx, y - 24], [cx + (side * W) / 2, y - 24]]);
  for (const dx of inputs) out += k.arrow(dx === 0 ? [[cx, below], [cx, y + 36]] : [[cx, below], [cx + dx, below - 4], [cx + dx, y + 36]]);
  return out;
}

function embedding(k: Kit, cx: number, label: Label, input: Label, side: -1 | 1) {
  let out = k.box(cx - W / 2, 540, W, 30, label, { tone: 5 });
  out += k.text(cx, 622, input, { anchor: 'middle', size: 's' }) + k.arrow([[cx, 606], [cx, 570]]);
  // Embedding ⊕ positional encoding, then up into the first layer.
  out += k.arrow([[cx, 540], [cx, 513]]) + k.circle(cx, 504, 9, { tone: 0 }) + k.line(cx - 5, 504, cx + 5, 504) + k.line(cx, 499, cx, 509);
  const px = cx + side * 46;
  out += k.circle(px, 504, 12, { tone: 0 });
  out += k.polyline(Array.from({ length: 13 }, (_, i) => [px - 8 + (16 * i) / 12, 504 - 6 * Math.sin((i / 12) * 2 * Math.PI)] as [number, number]), { thin: true });
  out += k.arrow([[px - side * 12, 504], [cx + side * 9, 504]]);
  out += k.text(px + side * 18, 504, L.pe, { size: 's', anchor: side < 0 ? 'end' : 'start' });
  out += k.line(cx, 495, cx, 470);
  return out;
}

export default diagram(
  {
    id: 'fig-transformer-architecture',
    chapter: 'algorithm-principles',
    width: 520,
    height: 640,
    caption: {
      zh: 'Transformer 的编码器–解码器结构（按 Vaswani 等人 2017 年的原图重绘）：两侧各堆叠 N = 6 层',
      en: 'The Transformer encoder–decoder (redrawn after Vaswani et al., 2017): each side stacks N = 6 layers',
    },
    alt: { zh: 'Transformer 编码器–解码器结构图', en: 'Diagram of the Transformer encoder–decoder' },
    desc: {
      zh: '左边是编码器，右边是解码器，数据自下而上流动。编码器：输入词元经输入嵌入，与位置编码相加，进入重复 N 次的层；每层先是多头自注意力，再是前馈网络，每个子层外都有一条残差连接，汇入“残差相加与层归一化”。解码器：已生成的输出右移一位后经输出嵌入并加上位置编码，进入重复 N 次的层；每层依次是带掩码的多头自注意力、多头交叉注意力（查询来自解码器，键和值来自编码器最上层的输出）和前馈网络，同样各带残差连接与层归一化。解码器顶部接线性层和 softmax，输出下一个词元的概率。',
      en: 'The encoder is on the left, the decoder on the right; data flows upward. Encoder: input tokens pass through the input embedding, are added to the positional encoding and enter a stack repeated N times; each layer has multi-head self-attention, then a feed-forward network, each sub-layer wrapped by a residual connection into an Add & Norm step. Decoder: the outputs so far, shifted right by one position, pass through the output embedding plus positional encoding into a stack repeated N times; each layer has masked multi-head self-attention, multi-head cross-attention (queries from the decoder, keys and values from the output of the top encoder layer) and a feed-forward network, each with residual connection and Add & Norm. On top of the decoder a linear layer and a softmax give the probabilities of the next token.',
    },
  },
  (k) => {
    let out = '';
    // Encoder: one layer, repeated N times (the dashed frame).
    out += k.rect(EN - W / 2 - 22, 254, W + 44, 230, { tone: 0, dashed: true, rx: 10 });
    out += k.text(EN - W / 2 - 30, 369, 'N×', { anchor: 'end', bold: true });
    out += sublayer(k, EN, 420, L.mha, 2, -1, [-40, 0, 40]);
    out += k.line(EN, 384, EN, 350);
    out += sublayer(k, EN, 300, L.ffn, 1, -1, [0]);
    out += embedding(k, EN, { zh: '输入嵌入', en: 'Input Embedding' }, { zh: '输入', en: 'Inputs' }, -1);
    out += k.text(EN - W / 2 - 22, 240, { zh: '编码器', en: 'Encoder' }, { size: 'l' });

    // Decoder.
    out += k.rect(DE - W / 2 - 22, 134, W + 44, 350, { tone: 0, dashed: true, rx: 10 });
    out += k.text(DE + W / 2 + 30, 309, 'N×', { bold: true });
    out += sublayer(k, DE, 420, L.masked, 2, 1, [-40, 0, 40]);
    out += k.line(DE, 384, DE, 350);
    // Cross-attention: queries from the decoder stream, keys and values from the encoder.
    out += sublayer(k, DE, 300, L.mha, 2, 1, [30]);
    out += k.line(DE, 264, DE, 230);
    out += sublayer(k, DE, 180, L.ffn, 1, 1, [0]);
    out += embedding(k, DE, { zh: '输出嵌入', en: 'Output Embedding' }, { zh: '输出（右移一位）', en: 'Outputs (shifted right)' }, 1);
    out += k.text(DE - W / 2 - 22, 122, { zh: '解码器', en: 'Decoder' }, { size: 'l' });

    // The top encoder layer's output feeds keys and values to every decoder layer.
    out += k.line(EN, 254, EN, 224, { tone: 1 }) + k.polyline([[EN, 224], [260, 224], [260, 362], [DE - 20, 362]], { tone: 1 });
    out += k.arrow([[DE - 50, 362], [DE - 50, 336]], { tone: 1 }) + k.arrow([[DE - 20, 362], [DE - 20, 336]], { tone: 1 });
    out += k.text(DE - 72, 348, 'K, V', { size: 's', anchor: 'end', tone: 1 }) + k.text(DE + 38, 345, 'Q', { size: 's' });

    // Output head.
    out += k.arrow([[DE, 144], [DE, 108]]);
    out += k.box(DE - W / 2, 78, W, 30, { zh: '线性层', en: 'Linear' }, { tone: 4 });
    out += k.arrow([[DE, 78], [DE, 64]]);
    out += k.box(DE - W / 2, 34, W, 30, 'Softmax', { tone: 3 });
    out += k.arrow([[DE, 34], [DE, 22]]);
    out += k.text(DE, 10, { zh: '输出概率', en: 'Output probabilities' }, { anchor: 'middle', size: 's' });
    return out;
  },
);
