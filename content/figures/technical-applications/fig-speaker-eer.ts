import { z } from 'zod';
import { dataChart } from '@/lib/figures/types';
import { axes, linear } from '@/lib/figures/chart';

const schema = z.object({
  $comment: z.string().optional(),
  binStart: z.number(),
  binWidth: z.number().positive(),
  genuine: z.array(z.number().int().nonnegative()),
  impostor: z.array(z.number().int().nonnegative()),
  eer: z.number(),
  threshold: z.number(),
  quoted: z.array(z.object({ chapter: z.string(), text: z.string() })).optional(),
});

export default dataChart(
  {
    id: 'fig-speaker-eer',
    chapter: 'technical-applications',
    width: 460,
    height: 260,
    data: 'speaker-scores',
    schema,
    caption: {
      zh: '本节示例的余弦分数分布：真实试验（同一说话人）与冒认试验（不同说话人）部分重叠；阈值 0.228 处两类错误率相等，即 EER = 10.33%',
      en: 'Cosine scores from this section’s example: genuine trials (same speaker) and impostor trials (different speakers) overlap; at the threshold 0.228 the two error rates are equal, the EER of 10.33%',
    },
    alt: { zh: '说话人验证分数直方图与 EER 阈值', en: 'Histogram of speaker-verification scores with the EER threshold' },
    desc: {
      zh: '横轴是余弦分数，从 −0.6 到 0.8，纵轴是各分数区间内试验所占的比例（两类各自归一化）。冒认试验共 6840 次，分布以 0 为中心、大致对称；真实试验共 300 次，集中在 0.2 到 0.7 之间，中心约 0.42。竖线标出 EER 阈值 0.228：竖线左边的真实试验被错误拒绝，右边的冒认试验被错误接受，两者的比例都约为 10.33%。数据来自运行本节代码得到的分数。',
      en: 'The horizontal axis is the cosine score from −0.6 to 0.8, the vertical axis the share of trials in each score bin (each kind normalised on its own). The 6,840 impostor trials centre on 0 and are roughly symmetric; the 300 genuine trials lie mostly between 0.2 and 0.7, centred near 0.42. A vertical line marks the EER threshold of 0.228: genuine trials left of it are falsely rejected, impostor trials right of it falsely accepted, each about 10.33%. The scores come from running this section’s code.',
    },
  },
  (k, d) => {
    const n = d.genuine.length;
    const x = linear([d.binStart, d.binStart + n * d.binWidth], [50, 445]);
    const share = (h: number[]) => {
      const total = h.reduce((a, b) => a + b, 0);
      return h.map((v) => v / total);
    };
    const [g, im] = [share(d.genuine), share(d.impostor)];
    const y = linear([0, 0.2], [210, 30]);
    let out = axes(k, {
      x,
      y,
      xTicks: [-0.6, -0.4, -0.2, 0, 0.2, 0.4, 0.6, 0.8],
      yTicks: [0, 0.05, 0.1, 0.15, 0.2],
      xFormat: (v) => String(v).replace('-', '−'),
      yFormat: (v) => `${Math.round(v * 100)}%`,
      grid: true,
      xTitle: { zh: '余弦分数', en: 'cosine score' },
    });
    const bars = (h: number[], tone: 1 | 2, solid: boolean) =>
      h.map((v, i) => (v > 0 ? k.rect(x(d.binStart + i * d.binWidth), y(Math.min(v, 0.2)), x(d.binWidth) - x(0), y(0) - y(Math.min(v, 0.2)), { tone, rx: 0, solid, opacity: solid ? 0.45 : undefined, thin: true }) : '')).join('');
    out += bars(im, 2, true) + bars(g, 1, false);
    out += k.line(x(d.threshold), 24, x(d.threshold), 210, { tone: 5 });
    out += k.text(x(d.threshold) + 5, 40, { zh: `EER 阈值 ${d.threshold}`, en: `EER threshold ${d.threshold}` }, { size: 's', tone: 5 });
    out += k.text(x(d.threshold) + 5, 56, `EER = ${(d.eer * 100).toFixed(2)}%`, { size: 's', tone: 5, bold: true });
    const total = (h: number[]) => h.reduce((a, b) => a + b, 0);
    out += k.rect(58, 36, 14, 10, { tone: 2, solid: true, rx: 0, opacity: 0.45 }) + k.text(78, 41, { zh: `冒认试验（${total(d.impostor)}）`, en: `impostor (${total(d.impostor)})` }, { size: 's' });
    out += k.rect(58, 54, 14, 10, { tone: 1, rx: 0 }) + k.text(78, 59, { zh: `真实试验（${total(d.genuine)}）`, en: `genuine (${total(d.genuine)})` }, { size: 's' });
    return out;
  },
);
