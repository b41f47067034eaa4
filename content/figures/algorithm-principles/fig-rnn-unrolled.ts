import { diagram } from '@/lib/figures/types';

export default diagram(
  {
    id: 'fig-rnn-unrolled',
    chapter: 'algorithm-principles',
    width: 460,
    height: 210,
    caption: {
      zh: '循环神经网络按时间展开：每一步使用同一组权重 W_x、W_h、W_y，隐藏状态 h 把前文的信息带到下一步',
      en: 'A recurrent network unrolled in time: every step uses the same weights W_x, W_h, W_y, and the hidden state h carries the past into the next step',
    },
    alt: { zh: '按时间展开的 RNN', en: 'An RNN unrolled in time' },
    desc: {
      zh: '左边是折叠画法：一个 RNN 单元，输入 x_t 从下方进入，输出 ŷ_t 从上方离开，一条回到自身的箭头表示状态循环。等号右边是展开画法：四个相同的单元排成一行，分别读入 x₁ 到 x₄；初始状态 h₀ 从左边进入，每个单元把新状态 h_t 传给右边的下一个单元（箭头上标 W_h），同时向上输出 ŷ_t（W_y），输入从下方进入（W_x）。反向传播沿着展开后的图进行，称为随时间反向传播。',
      en: 'On the left, the folded view: one RNN cell with the input x_t entering from below, the output ŷ_t leaving at the top and a loop arrow back to itself for the recurrent state. Right of the equals sign, the unrolled view: four identical cells in a row reading x₁ to x₄; the initial state h₀ enters from the left and each cell passes its new state h_t to the next cell on the right (arrow labelled W_h), outputs ŷ_t upward (W_y) and takes its input from below (W_x). Backpropagation runs over this unrolled graph: backpropagation through time.',
    },
  },
  (k) => {
    let out = '';
    // Folded.
    out += k.box(30, 85, 50, 40, 'RNN', { tone: 1, size: 's' });
    out += k.arrow([[55, 170], [55, 125]]) + k.text(55, 184, 'xₜ', { anchor: 'middle', italic: true });
    out += k.arrow([[55, 85], [55, 40]]) + k.text(55, 28, 'ŷₜ', { anchor: 'middle', italic: true });
    out += k.arrow([[80, 112], [96, 112], [96, 140], [14, 140], [14, 105], [30, 105]], { tone: 1 });
    out += k.text(112, 105, '=', { anchor: 'middle', size: 'l' });
    // Unrolled.
    out += k.text(140, 105, 'h₀', { anchor: 'middle', italic: true });
    for (let t = 0; t < 4; t++) {
      const x = 160 + t * 75;
      out += k.box(x, 85, 50, 40, `h${'₁₂₃₄'[t]}`, { tone: 1 });
      out += k.arrow([[x + 25, 170], [x + 25, 125]]) + k.text(x + 25, 184, `x${'₁₂₃₄'[t]}`, { anchor: 'middle', italic: true });
      out += k.arrow([[x + 25, 85], [x + 25, 40]]) + k.text(x + 25, 28, `ŷ${'₁₂₃₄'[t]}`, { anchor: 'middle', italic: true });
      out += k.arrow([[x - 25 + (t === 0 ? 10 : 0), 105], [x, 105]], { tone: 1 });
    }
    out += k.text(189, 150, 'W_x', { size: 's', muted: true }) + k.text(189, 62, 'W_y', { size: 's', muted: true }) + k.text(222, 121, 'W_h', { size: 's', anchor: 'middle', tone: 1 });
    out += k.text(460 - 8, 105, '…', { anchor: 'end', muted: true });
    return out;
  },
);
