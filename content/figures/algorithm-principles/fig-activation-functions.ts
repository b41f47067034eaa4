import { diagram } from '@/lib/figures/types';
import { axes, legend, linear, plot } from '@/lib/figures/chart';
import { gelu, relu, sigmoid } from '@/lib/figures/maths';

export default diagram(
  {
    id: 'fig-activation-functions',
    chapter: 'algorithm-principles',
    width: 460,
    height: 290,
    caption: {
      zh: '四种常用激活函数：sigmoid 与 tanh 两端饱和，ReLU 在负半轴为 0，GELU 在负半轴略低于 0',
      en: 'Four common activation functions: sigmoid and tanh saturate at both ends, ReLU is zero for negative inputs, GELU dips slightly below zero',
    },
    alt: { zh: 'sigmoid、tanh、ReLU 与 GELU 的函数曲线', en: 'Curves of sigmoid, tanh, ReLU and GELU' },
    desc: {
      zh: '横轴 x 从 −4 到 4，纵轴从 −1.2 到 2。sigmoid 是从 0 升到 1 的 S 形曲线，x = 0 处为 0.5；tanh 是从 −1 升到 1 的 S 形曲线，过原点；ReLU 在 x 小于 0 时为 0，之后是斜率为 1 的直线；GELU 在正半轴接近 ReLU，在负半轴先下探到约 −0.17（x 约为 −0.75），再回到 0。',
      en: 'x runs from −4 to 4, the output from −1.2 to 2. Sigmoid is an S-curve from 0 to 1, equal to 0.5 at x = 0; tanh is an S-curve from −1 to 1 through the origin; ReLU is 0 for negative x and then a line of slope 1; GELU follows ReLU for positive x and dips to about −0.17 near x = −0.75 before returning to 0.',
    },
  },
  (k) => {
    const x = linear([-4, 4], [40, 445]);
    const y = linear([-1.2, 2], [235, 30]);
    let out = axes(k, { x, y, xTicks: [-4, -3, -2, -1, 0, 1, 2, 3, 4], yTicks: [-1, 0, 1, 2], xFormat: (v) => String(v).replace('-', '−'), yFormat: (v) => String(v).replace('-', '−'), grid: true });
    out += k.line(x(0), y(-1.2), x(0), y(2), { thin: true });
    out += k.polyline(plot(sigmoid, x, y), { tone: 1, width: 2.25 });
    out += k.polyline(plot(Math.tanh, x, y), { tone: 2, width: 2.25, dashed: true });
    out += k.polyline(plot(relu, x, y, 160), { tone: 3, width: 2.25 });
    out += k.polyline(plot(gelu, x, y), { tone: 4, width: 2.25, dashed: true });
    // GELU's minimum, the one number the chapter's table quotes for it.
    out += k.circle(x(-0.75), y(gelu(-0.75)), 3, { tone: 4, solid: true }) + k.text(x(-0.75), y(gelu(-0.75)) + 16, '≈ −0.17', { size: 's', anchor: 'middle', tone: 4 });
    out += legend(k, 52, 272, [
      { label: 'sigmoid', tone: 1 },
      { label: 'tanh', tone: 2, dashed: true },
      { label: 'ReLU', tone: 3 },
      { label: 'GELU', tone: 4, dashed: true },
    ], 100);
    return out;
  },
);
