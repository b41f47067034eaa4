import { diagram } from '@/lib/figures/types';

export default diagram(
  {
    id: 'fig-backprop-graph',
    chapter: 'algorithm-principles',
    width: 460,
    height: 230,
    caption: {
      zh: '两层网络的计算图：前向传播自左向右算出损失，反向传播自右向左传递误差信号 δ，并在每个权重处得到梯度',
      en: 'Computation graph of a two-layer network: the forward pass computes the loss left to right, the backward pass sends the error signal δ right to left and yields each weight’s gradient',
    },
    alt: { zh: '带前向与反向传播箭头的计算图', en: 'Computation graph with forward and backward arrows' },
    desc: {
      zh: '上排是前向传播：输入 x 乘以 W(1) 得 z(1)，经激活 σ 得 a(1)，乘以 W(2) 得 z(2)，经 softmax 与交叉熵得到损失 L。下排是反向传播，箭头方向相反：在输出端 δ(2) = ŷ − y；∂L/∂W(2) = δ(2) a(1)ᵀ；误差经 W(2) 的转置传回并乘以 σ′(z(1)) 得到 δ(1)；∂L/∂W(1) = δ(1) xᵀ。',
      en: 'The top row is the forward pass: the input x times W(1) gives z(1), the activation σ gives a(1), times W(2) gives z(2), and softmax with cross-entropy gives the loss L. The bottom row is the backward pass with arrows reversed: at the output δ(2) = ŷ − y; ∂L/∂W(2) = δ(2) a(1)ᵀ; the error flows back through the transpose of W(2) and is multiplied by σ′(z(1)) to give δ(1); ∂L/∂W(1) = δ(1) xᵀ.',
    },
  },
  (k) => {
    let out = '';
    const y = 60;
    const nodes = [
      { x: 20, w: 34, label: 'x', tone: 0 as const },
      { x: 72, w: 56, label: '×W⁽¹⁾', tone: 1 as const },
      { x: 146, w: 36, label: 'σ', tone: 2 as const },
      { x: 198, w: 56, label: '×W⁽²⁾', tone: 1 as const },
      { x: 278, w: 86, label: 'softmax\n+ CE', tone: 4 as const },
      { x: 388, w: 50, label: 'L', tone: 5 as const },
    ];
    const mids = ['', 'z⁽¹⁾', 'a⁽¹⁾', 'z⁽²⁾', 'ŷ', ''];
    nodes.forEach((n, i) => {
      out += k.box(n.x, y - 20, n.w, 40, n.label, { tone: n.tone, size: i === 4 ? 's' : 'm' });
      const next = nodes[i + 1];
      if (next) {
        out += k.arrow([[n.x + n.w, y], [next.x, y]]);
        if (mids[i + 1]) out += k.text((n.x + n.w + next.x) / 2, y - 30, mids[i + 1]!, { anchor: 'middle', size: 's', italic: true });
      }
    });
    out += k.text(20, 18, { zh: '前向：计算损失', en: 'forward: compute the loss' }, { size: 's', muted: true });
    // Backward pass, right to left, below.
    const yb = 130;
    out += k.arrow([[405, 80], [405, yb], [300, yb]], { tone: 5, dashed: true });
    out += k.text(356, yb + 16, 'δ⁽²⁾ = ŷ − y', { anchor: 'middle', size: 's', tone: 5 });
    out += k.arrow([[300, yb], [170, yb]], { tone: 5, dashed: true });
    out += k.text(235, yb + 16, '(W⁽²⁾)ᵀ δ⁽²⁾ ⊙ σ′(z⁽¹⁾)', { anchor: 'middle', size: 's', tone: 5 });
    out += k.arrow([[170, yb], [70, yb]], { tone: 5, dashed: true });
    out += k.text(120, yb + 16, 'δ⁽¹⁾', { anchor: 'middle', size: 's', tone: 5 });
    // Gradients of the weights.
    out += k.box(182, 175, 88, 30, '∂L/∂W⁽²⁾', { tone: 5, size: 's' }) + k.text(226, 218, 'δ⁽²⁾ a⁽¹⁾ᵀ', { anchor: 'middle', size: 's' });
    out += k.arrow([[226, yb + 26], [226, 175]], { tone: 5, thin: true });
    out += k.box(56, 175, 88, 30, '∂L/∂W⁽¹⁾', { tone: 5, size: 's' }) + k.text(100, 218, 'δ⁽¹⁾ xᵀ', { anchor: 'middle', size: 's' });
    out += k.arrow([[100, yb], [100, 175]], { tone: 5, thin: true });
    out += k.text(300, 190, { zh: '反向：误差信号 δ', en: 'backward: error signal δ' }, { size: 's', muted: true });
    return out;
  },
);
