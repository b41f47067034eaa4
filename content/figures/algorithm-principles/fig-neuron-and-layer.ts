import { diagram } from '@/lib/figures/types';

export default diagram(
  {
    id: 'fig-neuron-and-layer',
    chapter: 'algorithm-principles',
    width: 460,
    height: 230,
    caption: {
      zh: '左：一个神经元先加权求和再过激活函数；右：一层就是许多神经元读取同一组输入，层层堆叠成网络',
      en: 'Left: a neuron takes a weighted sum and applies an activation; right: a layer is many neurons reading the same inputs, and layers stack into a network',
    },
    alt: { zh: '单个神经元与一个三层网络的示意图', en: 'Diagram of one neuron and of a three-layer network' },
    desc: {
      zh: '左半部分：三个输入 x1、x2、x3 分别乘以权重 w1、w2、w3，连同偏置 b 汇入求和节点 Σ，结果 z 经激活函数 σ 得到输出 y。右半部分：输入层 3 个节点、隐藏层 4 个节点、输出层 2 个节点，相邻两层之间每对节点都有连线；隐藏层与输入层之间的全部连线就是权重矩阵 W(1)，形状为 4 行 3 列。',
      en: 'Left: three inputs x1, x2, x3 are multiplied by weights w1, w2, w3 and, with a bias b, flow into a sum node Σ; the result z passes through the activation σ to give the output y. Right: an input layer of 3 nodes, a hidden layer of 4 and an output layer of 2, with every pair of nodes in adjacent layers connected; all connections between input and hidden layer form the weight matrix W(1), with 4 rows and 3 columns.',
    },
  },
  (k) => {
    let out = '';
    // One neuron.
    const ys = [50, 100, 150];
    ys.forEach((y, i) => {
      out += k.circle(28, y, 14, { tone: 0 }) + k.text(28, y, `x${'₁₂₃'[i]}`, { anchor: 'middle' });
      out += k.arrow([[42, y], [108, 100 + (y - 100) * 0.25]], { thin: true });
      out += k.text(72, y + (y === 100 ? -9 : (y - 100) * 0.6 - 3), `w${'₁₂₃'[i]}`, { size: 's', anchor: 'middle', tone: 1 });
    });
    out += k.text(122, 160, 'b', { anchor: 'middle', italic: true }) + k.arrow([[122, 150], [122, 118]], { thin: true });
    out += k.circle(122, 100, 17, { tone: 1 }) + k.text(122, 100, 'Σ', { anchor: 'middle', size: 'l' });
    out += k.arrow([[139, 100], [160, 100]]) + k.text(150, 90, 'z', { size: 's', anchor: 'middle', italic: true });
    out += k.box(160, 84, 32, 32, 'σ', { tone: 2 });
    out += k.arrow([[192, 100], [214, 100]]) + k.text(222, 100, 'y', { italic: true });
    out += k.text(110, 205, { zh: '一个神经元', en: 'one neuron' }, { anchor: 'middle', size: 's', muted: true });
    out += k.line(238, 20, 238, 210, { thin: true, dashed: true });
    // A small network: 3 → 4 → 2.
    const layers = [
      { x: 272, n: 3 },
      { x: 352, n: 4 },
      { x: 432, n: 2 },
    ];
    const ysOf = (n: number) => Array.from({ length: n }, (_, i) => 100 + (i - (n - 1) / 2) * 40);
    for (let l = 0; l + 1 < layers.length; l++) {
      for (const y0 of ysOf(layers[l]!.n)) for (const y1 of ysOf(layers[l + 1]!.n)) out += k.line(layers[l]!.x + 11, y0, layers[l + 1]!.x - 11, y1, { thin: true, tone: l === 0 ? 1 : 0 });
    }
    layers.forEach((L, l) => {
      for (const y of ysOf(L.n)) out += k.circle(L.x, y, 11, { tone: l === 0 ? 0 : l === 1 ? 1 : 3 });
    });
    out += k.text(312, 18, 'W⁽¹⁾', { anchor: 'middle', tone: 1, size: 's' }) + k.text(392, 18, 'W⁽²⁾', { anchor: 'middle', size: 's' });
    out += k.text(272, 190, { zh: '输入层', en: 'input' }, { anchor: 'middle', size: 's', muted: true });
    out += k.text(352, 190, { zh: '隐藏层', en: 'hidden' }, { anchor: 'middle', size: 's', muted: true });
    out += k.text(432, 190, { zh: '输出层', en: 'output' }, { anchor: 'middle', size: 's', muted: true });
    out += k.text(352, 210, { zh: '一个网络（3–4–2）', en: 'a network (3–4–2)' }, { anchor: 'middle', size: 's', muted: true });
    return out;
  },
);
