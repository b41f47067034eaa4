import { diagram } from '@/lib/figures/types';
import { matrix } from '@/lib/figures/blocks';

const C = 13;
const N = 5;
const full = () => 0.75;
const causal = (i: number, j: number) => (j <= i ? 0.75 : 0);

export default diagram(
  {
    id: 'fig-transformer-families',
    chapter: 'algorithm-principles',
    width: 460,
    height: 230,
    caption: {
      zh: '三大家族的区别在于谁能看见谁：仅编码器双向注意，仅解码器只看左边（因果掩码），编码器–解码器两者兼有并加上交叉注意力',
      en: 'The three families differ in who may attend to whom: encoder-only attends both ways, decoder-only only to the left (causal mask), encoder–decoder has both plus cross-attention',
    },
    alt: { zh: '三种 Transformer 结构的注意力模式', en: 'Attention patterns of the three Transformer families' },
    desc: {
      zh: '每个方格矩阵的行是正在计算的位置，列是它可以注意的位置，着色表示允许。左：仅编码器（如 BERT），5×5 全部着色，每个位置看见整个序列。中：仅解码器（如 GPT、LLaMA），只有对角线及其左下方着色，每个位置只看见自己和之前的位置。右：编码器–解码器（如原始 Transformer、T5），编码器内部全部可见，解码器内部为下三角，解码器的每个位置还可以通过交叉注意力看见编码器的全部位置。',
      en: 'In each grid, rows are the position being computed and columns the positions it may attend to; shaded means allowed. Left: encoder-only (such as BERT), all 5×5 cells shaded, every position sees the whole sequence. Middle: decoder-only (such as GPT or LLaMA), only the diagonal and below are shaded, every position sees itself and earlier positions. Right: encoder–decoder (such as the original Transformer or T5): full visibility inside the encoder, lower-triangular inside the decoder, and through cross-attention every decoder position sees all encoder positions.',
    },
  },
  (k) => {
    let out = '';
    out += matrix(k, 30, 60, N, N, C, { tone: 1, shade: full, below: 'BERT' });
    out += k.text(62, 28, { zh: '仅编码器', en: 'Encoder-only' }, { anchor: 'middle', size: 's', bold: true }) + k.text(62, 46, { zh: '双向', en: 'bidirectional' }, { anchor: 'middle', size: 's', muted: true });
    out += matrix(k, 160, 60, N, N, C, { tone: 2, shade: causal, below: 'GPT, LLaMA' });
    out += k.text(192, 28, { zh: '仅解码器', en: 'Decoder-only' }, { anchor: 'middle', size: 's', bold: true }) + k.text(192, 46, { zh: '因果（只看左边）', en: 'causal (left only)' }, { anchor: 'middle', size: 's', muted: true });
    // Encoder–decoder: encoder self-attention, decoder self-attention, cross-attention.
    out += matrix(k, 290, 60, N, N, C, { tone: 1, shade: full });
    out += matrix(k, 290, 140, N, N, C, { tone: 3, shade: full });
    out += matrix(k, 370, 140, N, N, C, { tone: 2, shade: causal });
    out += k.text(355, 28, { zh: '编码器–解码器', en: 'Encoder–decoder' }, { anchor: 'middle', size: 's', bold: true }) + k.text(355, 46, 'Transformer, T5', { anchor: 'middle', size: 's', muted: true });
    out += k.text(362, 92, { zh: '编码器\n自注意力', en: 'encoder\nself-attn.' }, { size: 's', muted: true });
    out += k.text(322, 218, { zh: '交叉注意力', en: 'cross-attn.' }, { size: 's', anchor: 'middle', muted: true });
    out += k.text(402, 218, { zh: '解码器自注意力', en: 'decoder self' }, { size: 's', anchor: 'middle', muted: true });
    out += k.text(20, 200, { zh: '行：当前位置\n列：可注意的位置', en: 'rows: position\ncolumns: visible' }, { size: 's', muted: true });
    return out;
  },
);
