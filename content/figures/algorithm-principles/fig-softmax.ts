import { diagram } from '@/lib/figures/types';
import { softmax } from '@/lib/figures/maths';

const scores = [2, 1, 0];

export default diagram(
  {
    id: 'fig-softmax',
    chapter: 'algorithm-principles',
    width: 460,
    height: 220,
    caption: {
      zh: 'softmax 把分数 (2, 1, 0) 变成和为 1 的概率 (0.665, 0.245, 0.090)：先取指数，再除以总和',
      en: 'Softmax turns scores (2, 1, 0) into probabilities (0.665, 0.245, 0.090) that sum to 1: exponentiate, then divide by the total',
    },
    alt: { zh: 'softmax 把三个分数变成三个概率的条形图', en: 'Bar charts of three scores turned into three probabilities by softmax' },
    desc: {
      zh: '左边是三个类别的原始分数（logit）：2、1、0。中间的箭头表示取指数 e^z 再除以总和。右边是得到的概率：0.665、0.245、0.090，三者之和为 1。分数相差 1，概率相差约 e 倍（2.7 倍）。',
      en: 'On the left, the raw scores (logits) of three classes: 2, 1 and 0. The arrow in the middle stands for taking e^z and dividing by the sum. On the right, the resulting probabilities: 0.665, 0.245 and 0.090, which add up to 1. A score difference of 1 becomes a ratio of about e (2.7) between probabilities.',
    },
  },
  (k) => {
    const p = softmax(scores);
    const names = ['A', 'B', 'C'];
    let out = '';
    const base = 180;
    // Scores: 0–2 mapped to 0–120 px.
    out += k.text(100, 18, { zh: '分数 z（logit）', en: 'scores z (logits)' }, { anchor: 'middle', size: 's' });
    scores.forEach((s, i) => {
      const x = 40 + i * 45;
      out += k.rect(x, base - s * 60, 30, Math.max(s * 60, 0.01), { tone: 2, rx: 2 }) + k.text(x + 15, base - s * 60 - 10, String(s), { anchor: 'middle', size: 's' });
      out += k.text(x + 15, base + 14, names[i]!, { anchor: 'middle', size: 's', muted: true });
    });
    out += k.line(32, base, 172, base);
    out += k.arrow([[188, 110], [262, 110]], { tone: 1 });
    out += k.text(225, 92, 'softmax', { anchor: 'middle', tone: 1 }) + k.text(225, 130, 'eᶻⁱ / Σⱼ eᶻʲ', { anchor: 'middle', size: 's' });
    // Probabilities: 0–1 mapped to 0–150 px.
    out += k.text(360, 18, { zh: '概率（和为 1）', en: 'probabilities (sum 1)' }, { anchor: 'middle', size: 's' });
    p.forEach((v, i) => {
      const x = 300 + i * 45;
      out += k.rect(x, base - v * 150, 30, v * 150, { tone: 1, solid: true, rx: 2 }) + k.text(x + 15, base - v * 150 - 10, v.toFixed(3), { anchor: 'middle', size: 's' });
      out += k.text(x + 15, base + 14, names[i]!, { anchor: 'middle', size: 's', muted: true });
    });
    out += k.line(292, base, 432, base);
    return out;
  },
);
