import { diagram } from '@/lib/figures/types';
import { softmax } from '@/lib/figures/maths';

const SRC = ['I', 'love', 'cats', '<eos>'];
/** Illustrative scores of the decoder state against each source state while producing “gatti” (cats). */
const SCORES = [0, 0.6, 2.6, -0.4];

export default diagram(
  {
    id: 'fig-seq2seq-attention',
    chapter: 'business-applications',
    width: 460,
    height: 260,
    caption: {
      zh: '带注意力的编码器–解码器翻译：生成每个目标词时，解码器按注意力权重 α 汇总编码器的全部状态，而不只依赖一个定长向量（权重为示意）',
      en: 'Encoder–decoder translation with attention: for each target word, the decoder takes a weighted sum of all encoder states with weights α instead of relying on one fixed-length vector (weights illustrative)',
    },
    alt: { zh: '带注意力的序列到序列翻译模型', en: 'A sequence-to-sequence translation model with attention' },
    desc: {
      zh: '下方左侧是编码器：英语源句 I love cats 加结束符的四个词元依次进入编码器，得到四个隐藏状态 h1 到 h4。右侧是解码器，已经生成了意大利语 Amo（我爱），正在生成下一个词。解码器上一步的状态与每个 h_j 打分，softmax 后得到权重 α，本例中 cats 对应的 h3 权重最大（约 0.8），加权和得到上下文向量 c，与解码器状态一起预测出 gatti（猫）。',
      en: 'Bottom left is the encoder: the four tokens of the English source “I love cats” plus an end marker enter one by one and give four hidden states h1 to h4. On the right the decoder has already produced the Italian “Amo” (I love) and is producing the next word. Its previous state is scored against every h_j, a softmax turns the scores into weights α, and here h3, for “cats”, gets the largest weight (about 0.8); the weighted sum is the context vector c, which together with the decoder state predicts “gatti” (cats).',
    },
  },
  (k) => {
    const alpha = softmax(SCORES);
    let out = '';
    // Encoder states.
    SRC.forEach((t, j) => {
      const x = 14 + j * 64;
      out += k.text(x + 22, 246, t, { anchor: 'middle', size: 's' }) + k.arrow([[x + 22, 234], [x + 22, 214]]);
      out += k.box(x, 184, 44, 30, `h${'₁₂₃₄'[j]}`, { tone: 1 });
      if (j > 0) out += k.arrow([[x - 14, 199], [x, 199]]);
      // Attention weight as line thickness and a label.
      out += k.polyline([[x + 22, 184], [300, 100]], { tone: 2, width: 0.6 + alpha[j]! * 5 });
      out += k.text(x + 22, 170, alpha[j]!.toFixed(2), { size: 's', anchor: 'middle', tone: 2 });
    });
    out += k.text(8, 150, { zh: '编码器（α 为注意力权重）', en: 'encoder (α = attention weight)' }, { size: 's', muted: true });
    // Context vector and decoder.
    out += k.circle(300, 100, 16, { tone: 2 }) + k.text(300, 100, 'c', { anchor: 'middle', italic: true });
    out += k.text(322, 122, { zh: '上下文 c = Σ α_j h_j', en: 'context c = Σ α_j h_j' }, { size: 's' });
    out += k.box(270, 34, 56, 30, 's₁', { tone: 4 }) + k.box(360, 34, 56, 30, 's₂', { tone: 4 });
    out += k.arrow([[326, 49], [360, 49]]);
    out += k.arrow([[300, 84], [380, 66]], { tone: 2 });
    out += k.arrow([[298, 34], [298, 20]]) + k.text(298, 10, 'Amo', { size: 's', anchor: 'middle' });
    out += k.arrow([[388, 34], [388, 20]]) + k.text(388, 10, 'gatti', { size: 's', anchor: 'middle', tone: 5, bold: true });
    out += k.text(446, 84, { zh: '解码器', en: 'decoder' }, { size: 's', muted: true, anchor: 'end' });
    return out;
  },
);
