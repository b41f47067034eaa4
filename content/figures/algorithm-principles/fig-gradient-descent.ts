import { diagram } from '@/lib/figures/types';
import { legend, linear } from '@/lib/figures/chart';

/** L(θ) = ½(θ₁² + 10 θ₂²): a long, narrow valley, like many real loss surfaces near a minimum. */
const grad = ([a, b]: [number, number]): [number, number] => [a, 10 * b];
export const RATES = [0.02, 0.09, 0.19] as const;
const START: [number, number] = [-4.5, 1.4];
const STEPS = 25;

export function descend(eta: number, steps = STEPS): [number, number][] {
  const path: [number, number][] = [START];
  for (let i = 0; i < steps; i++) {
    const [a, b] = path.at(-1)!;
    const [ga, gb] = grad([a, b]);
    path.push([a - eta * ga, b - eta * gb]);
  }
  return path;
}

export default diagram(
  {
    id: 'fig-gradient-descent',
    chapter: 'algorithm-principles',
    width: 460,
    height: 260,
    caption: {
      zh: '同一个狭长山谷上的 25 步梯度下降：学习率太小走得慢，合适时很快到达谷底，太大则在谷壁间来回震荡',
      en: 'Twenty-five steps of gradient descent in the same narrow valley: too small a learning rate crawls, a good one reaches the bottom fast, too large a one bounces between the walls',
    },
    alt: { zh: '损失等高线上三种学习率的梯度下降路径', en: 'Gradient descent paths for three learning rates on a loss contour plot' },
    desc: {
      zh: '等高线画的是损失 L = ½(θ₁² + 10θ₂²)，一个沿 θ₁ 方向狭长的椭圆山谷，最小值在中心。三条路径都从左上方 (−4.5, 1.4) 出发，各走 25 步：η = 0.02 时每步很小，25 步后仍远离中心；η = 0.09 时先迅速落到谷底再沿谷底走向中心；η = 0.19 时在 θ₂ 方向每步越过谷底，呈锯齿形来回震荡（η 超过 0.2 就会发散）。',
      en: 'The contours show the loss L = ½(θ₁² + 10θ₂²), an elliptical valley stretched along θ₁, with its minimum at the centre. All three paths start at the upper left, (−4.5, 1.4), and take 25 steps: with η = 0.02 the steps are tiny and the path is still far from the centre; with η = 0.09 it drops quickly to the valley floor and then follows it to the centre; with η = 0.19 it overshoots the floor in the θ₂ direction at every step and zig-zags (above η = 0.2 it would diverge).',
    },
  },
  (k) => {
    // Equal scales on both axes, so the valley's shape is true.
    const x = linear([-5, 5], [30, 430]);
    const y = linear([-2.3, 2.3], [222, 38]);
    let out = '';
    for (const c of [0.5, 2, 5, 10]) {
      // Ellipse θ₁²/(2c) + θ₂²/(c/5) = 1.
      const rx = x(Math.sqrt(2 * c)) - x(0);
      const ry = y(0) - y(Math.sqrt(c / 5));
      out += `<ellipse cx="${x(0)}" cy="${y(0)}" rx="${rx.toFixed(1)}" ry="${ry.toFixed(1)}" class="ln thin"/>`;
    }
    out += k.circle(x(0), y(0), 3, { tone: 0, solid: true });
    const tones = [2, 3, 5] as const;
    RATES.forEach((eta, i) => {
      const pts = descend(eta).map(([a, b]) => [x(a), y(b)] as [number, number]);
      out += k.polyline(pts, { tone: tones[i], width: 1.75 });
      for (const p of pts) out += k.circle(p[0], p[1], 2, { tone: tones[i], solid: true });
    });
    out += k.circle(x(-4.5), y(1.4), 4, { tone: 0 }) + k.text(x(-4.5) + 8, y(1.4) - 10, { zh: '起点', en: 'start' }, { size: 's' });
    out += k.text(x(0) + 6, y(0) + 12, { zh: '最小值', en: 'minimum' }, { size: 's', muted: true });
    out += legend(k, 40, 250, [
      { label: 'η = 0.02', tone: 2 },
      { label: 'η = 0.09', tone: 3 },
      { label: 'η = 0.19', tone: 5 },
    ], 130);
    out += k.text(440, y(0), 'θ₁', { size: 's', italic: true }) + k.text(x(0), 14, 'θ₂', { size: 's', italic: true, anchor: 'middle' });
    return out;
  },
);
