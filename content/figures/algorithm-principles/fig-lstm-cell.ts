import { diagram } from '@/lib/figures/types';
import type { Kit } from '@/lib/figures/draw';

const op = (k: Kit, x: number, y: number, sym: '×' | '+') => k.circle(x, y, 9, { tone: 0 }) + k.text(x, y, sym === '×' ? '⊗' : '⊕', { anchor: 'middle', size: 'l' });

export default diagram(
  {
    id: 'fig-lstm-cell',
    chapter: 'algorithm-principles',
    width: 460,
    height: 260,
    caption: {
      zh: 'LSTM 单元：遗忘门 f、输入门 i 和输出门 o 控制细胞状态 c 的保留、写入与输出；c 沿顶部的直线以加法更新',
      en: 'An LSTM cell: the forget gate f, input gate i and output gate o control what the cell state c keeps, writes and exposes; c runs along the top line and is updated by addition',
    },
    alt: { zh: 'LSTM 单元及其三个门的结构图', en: 'Diagram of an LSTM cell and its three gates' },
    desc: {
      zh: '左侧进入两条线：上方是上一步的细胞状态 c(t−1)，下方是上一步的隐藏状态 h(t−1)，它与本步输入 x(t) 拼接后同时送入四个小框：三个 σ（遗忘门 f、输入门 i、输出门 o）和一个 tanh（候选值 c̃）。顶部直线上，c(t−1) 先与 f 逐元素相乘（⊗），再加上 i 与 c̃ 的乘积（⊕），得到新的细胞状态 c(t)，从右侧离开。c(t) 同时向下经过 tanh，与 o 相乘，得到新的隐藏状态 h(t)，也从右侧离开。',
      en: 'Two lines enter on the left: at the top the previous cell state c(t−1), at the bottom the previous hidden state h(t−1), which is concatenated with the input x(t) and fed to four small boxes: three σ (forget gate f, input gate i, output gate o) and one tanh (the candidate c̃). Along the top line, c(t−1) is multiplied element-wise by f (⊗) and then the product of i and c̃ is added (⊕), giving the new cell state c(t), which leaves on the right. c(t) also goes down through a tanh and is multiplied by o to give the new hidden state h(t), which leaves on the right as well.',
    },
  },
  (k) => {
    let out = k.rect(50, 32, 350, 178, { tone: 0, rx: 12, dashed: true });
    // Cell state: the straight line along the top.
    out += k.text(6, 46, 'cₜ₋₁', { size: 's', italic: true }) + k.line(10, 60, 121, 60, { tone: 1 }) + op(k, 130, 60, '×');
    out += k.line(139, 60, 221, 60, { tone: 1 }) + op(k, 230, 60, '+') + k.arrow([[239, 60], [450, 60]], { tone: 1 });
    out += k.text(450, 46, 'cₜ', { size: 's', italic: true, anchor: 'end' });
    // [h_{t-1}; x_t] feeds the four gate layers.
    out += k.text(6, 194, 'hₜ₋₁', { size: 's', italic: true }) + k.line(10, 180, 300, 180);
    out += k.line(80, 240, 80, 180) + k.text(80, 252, 'xₜ', { size: 's', italic: true, anchor: 'middle' });
    const gates = [
      { x: 130, f: 'σ', name: 'fₜ', tone: 5 as const },
      { x: 180, f: 'σ', name: 'iₜ', tone: 3 as const },
      { x: 230, f: 'tanh', name: 'c̃ₜ', tone: 2 as const },
      { x: 300, f: 'σ', name: 'oₜ', tone: 4 as const },
    ];
    for (const g of gates) {
      out += k.arrow([[g.x, 180], [g.x, 151]]) + k.box(g.x - 20, 131, 40, 20, g.f, { tone: g.tone, size: 's' });
      out += k.text(g.x + 5, 164, g.name, { size: 's', italic: true });
    }
    // Forget: f ⊗ c_{t-1}.
    out += k.arrow([[130, 131], [130, 69]]);
    // Input: i ⊗ c̃, added to the cell state.
    out += k.arrow([[180, 131], [180, 100], [221, 100]]) + op(k, 230, 100, '×') + k.line(230, 131, 230, 109) + k.arrow([[230, 91], [230, 69]]);
    // Output: o ⊗ tanh(c_t) = h_t.
    out += k.line(340, 60, 340, 78) + `<ellipse cx="340" cy="88" rx="20" ry="10" class="k2"/>` + k.text(340, 88, 'tanh', { size: 's', anchor: 'middle' });
    out += k.arrow([[340, 98], [340, 131]]) + op(k, 340, 140, '×') + k.arrow([[320, 141], [331, 141]]);
    out += k.arrow([[340, 149], [340, 180], [450, 180]]) + k.text(450, 194, 'hₜ', { size: 's', italic: true, anchor: 'end' });
    out += k.text(225, 228, { zh: 'f 遗忘门 · i 输入门 · c̃ 候选值 · o 输出门', en: 'f forget · i input · c̃ candidate · o output gate' }, { size: 's', anchor: 'middle', muted: true });
    return out;
  },
);
