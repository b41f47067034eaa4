import { diagram } from '@/lib/figures/types';

export default diagram(
  {
    id: 'fig-dense-vs-moe',
    chapter: 'large-model-overview',
    width: 460,
    height: 240,
    caption: {
      zh: '稠密层与混合专家层：稠密模型的每个词元都经过全部参数；MoE 由路由器为每个词元挑选少数专家，其余专家不参与计算',
      en: 'A dense layer and a mixture-of-experts layer: in a dense model every token passes through all parameters; in an MoE a router picks a few experts per token and the rest stay idle',
    },
    alt: { zh: '稠密前馈层与混合专家层的对比', en: 'A dense feed-forward layer compared with a mixture-of-experts layer' },
    desc: {
      zh: '左边是稠密模型的前馈层：一个词元进入一个大的前馈网络，全部参数参与计算。右边是混合专家层：词元先进入路由器，路由器给 8 个专家打分，只把词元送往得分最高的 2 个专家（着色），其余 6 个专家（灰色）不计算；两个专家的输出按路由权重加权相加。所以每个词元的计算量取决于激活的参数，而显存占用取决于全部专家的总参数。',
      en: 'On the left, the feed-forward layer of a dense model: a token enters one large feed-forward network and all its parameters are used. On the right, a mixture-of-experts layer: the token first goes to a router, which scores 8 experts and sends the token only to the top 2 (shaded); the other 6 (grey) do no work; the two experts’ outputs are added, weighted by the router. Compute per token therefore follows the active parameters, while memory follows the total parameters of all experts.',
    },
  },
  (k) => {
    let out = '';
    // Dense.
    out += k.text(85, 18, { zh: '稠密', en: 'Dense' }, { anchor: 'middle', bold: true });
    out += k.text(85, 214, { zh: '词元', en: 'token' }, { anchor: 'middle', size: 's' }) + k.arrow([[85, 202], [85, 160]]);
    out += k.box(25, 80, 120, 80, { zh: '前馈网络\n（全部参数）', en: 'Feed-forward\n(all parameters)' }, { tone: 1, size: 's' });
    out += k.arrow([[85, 80], [85, 42]]);
    out += k.line(180, 20, 180, 220, { thin: true, dashed: true });
    // MoE: router → top-2 of 8 experts.
    out += k.text(320, 18, { zh: '混合专家（MoE）', en: 'Mixture of experts' }, { anchor: 'middle', bold: true });
    out += k.text(320, 226, { zh: '词元', en: 'token' }, { anchor: 'middle', size: 's' }) + k.arrow([[320, 214], [320, 196]]);
    out += k.box(270, 170, 100, 26, { zh: '路由器', en: 'Router' }, { tone: 2, size: 's' });
    const active = new Set([2, 5]);
    for (let e = 0; e < 8; e++) {
      const x = 200 + e * 31;
      const on = active.has(e);
      out += k.box(x, 90, 26, 44, `E${e + 1}`, { tone: on ? 1 : 0, size: 's', dashed: !on });
      if (on) out += k.arrow([[320, 170], [x + 13, 134]], { tone: 2 }) + k.arrow([[x + 13, 90], [320, 56]], { tone: 1 });
    }
    out += k.circle(320, 48, 9, { tone: 0 }) + k.text(320, 48, '⊕', { anchor: 'middle', size: 'l' }) + k.arrow([[320, 39], [320, 28]]);
    out += k.text(440, 150, { zh: '8 选 2', en: 'top-2 of 8' }, { size: 's', anchor: 'end', tone: 2 });
    return out;
  },
);
