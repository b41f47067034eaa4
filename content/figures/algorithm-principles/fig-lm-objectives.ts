import { diagram } from '@/lib/figures/types';
import type { Kit } from '@/lib/figures/draw';

const TOKENS = ['The', 'cat', 'sat', 'on', 'the', 'mat'];
const W = 58;
const X0 = 60;

function row(k: Kit, y: number, hide: number, masked: boolean) {
  let out = '';
  TOKENS.forEach((t, i) => {
    const x = X0 + i * (W + 6);
    if (i === hide) out += k.box(x, y, W, 28, masked ? '[MASK]' : '?', { tone: 5, dashed: true, size: 's' });
    else if (!masked && i > hide) out += k.box(x, y, W, 28, '', { tone: 0, dashed: true, size: 's', opacity: 0 });
    else out += k.box(x, y, W, 28, t, { tone: 1, size: 's' });
  });
  return out;
}

export default diagram(
  {
    id: 'fig-lm-objectives',
    chapter: 'algorithm-principles',
    width: 460,
    height: 230,
    caption: {
      zh: '两种预训练目标：因果语言建模只用左边的词预测下一个词；掩码语言建模用两边的上下文还原被遮住的词',
      en: 'Two pre-training objectives: causal language modelling predicts the next token from the left context only; masked language modelling restores a hidden token from both sides',
    },
    alt: { zh: '因果语言建模与掩码语言建模的对比', en: 'Causal versus masked language modelling' },
    desc: {
      zh: '上排是因果语言建模（GPT 系列）：The cat sat on 四个词可见，第五个位置是要预测的下一个词，右边的词还不存在，箭头只从左边指向它。下排是掩码语言建模（BERT）：句子 The cat sat on the mat 中的 cat 被替换成 [MASK]，模型同时利用左边的 The 和右边的 sat on the mat 来预测它，箭头从两边指向被遮住的位置。',
      en: 'Top row, causal language modelling (the GPT series): “The cat sat on” is visible, the fifth position is the next token to predict, the tokens to its right do not exist yet, and arrows point to it only from the left. Bottom row, masked language modelling (BERT): in “The cat sat on the mat”, “cat” is replaced by [MASK], and the model uses “The” on its left and “sat on the mat” on its right to predict it; arrows point to the hidden position from both sides.',
    },
  },
  (k) => {
    let out = '';
    const pos = (i: number) => X0 + i * (W + 6) + W / 2;
    out += k.text(10, 22, { zh: '因果语言建模（GPT）：预测下一个词', en: 'Causal LM (GPT): predict the next token' }, { size: 's', bold: true });
    out += row(k, 70, 4, false);
    for (let i = 0; i < 4; i++) out += k.arrow([[pos(i), 70], [pos(i), 56], [pos(4) - 4, 56], [pos(4) - 4, 70]], { tone: 2, thin: true });
    out += k.text(pos(4), 112, '→ the', { size: 's', anchor: 'middle', tone: 5 });
    out += k.text(10, 140, { zh: '掩码语言建模（BERT）：还原被遮住的词', en: 'Masked LM (BERT): restore the hidden token' }, { size: 's', bold: true });
    out += row(k, 180, 1, true);
    for (const i of [0, 2, 3, 4, 5]) out += k.arrow([[pos(i), 180], [pos(i), 166], [pos(1) + (i < 1 ? -6 : 6), 166], [pos(1) + (i < 1 ? -6 : 6), 180]], { tone: 3, thin: true });
    out += k.text(pos(1), 222, '→ cat', { size: 's', anchor: 'middle', tone: 5 });
    return out;
  },
);
