import { z } from 'zod';
import { dataChart } from '@/lib/figures/types';
import { tableData } from '@/lib/figures/schemas';
import { axes, linear, log10 } from '@/lib/figures/chart';

const schema = tableData({ label: z.string(), year: z.number().int(), kind: z.enum(['dense', 'sparse', 'active']) });

const powers: Record<number, { zh: string; en: string }> = {
  8: { zh: '1 亿', en: '100M' },
  9: { zh: '10 亿', en: '1B' },
  10: { zh: '100 亿', en: '10B' },
  11: { zh: '1000 亿', en: '100B' },
  12: { zh: '1 万亿', en: '1T' },
  13: { zh: '10 万亿', en: '10T' },
};

export default dataChart(
  {
    id: 'fig-model-size-growth',
    chapter: 'large-model-overview',
    width: 460,
    height: 300,
    data: 'model-sizes',
    schema,
    caption: {
      zh: '有公开参数量的代表模型（对数纵轴）：六年间从 1 亿级增长到万亿级',
      en: 'Documented parameter counts of landmark models (log scale): from hundreds of millions to trillions in six years',
    },
    alt: { zh: '模型参数量随年份增长的对数坐标散点图', en: 'Log-scale scatter chart of model parameter counts by year' },
    desc: {
      zh: '横轴是年份（2018 至 2024），纵轴是参数量，对数刻度从 1 亿到 10 万亿，每格相差 10 倍。实心圆是稠密模型：BERT-Base 1.1 亿、BERT-Large 3.4 亿（2018）、GPT-2 15 亿（2019）、GPT-3 1750 亿（2020）、MT-NLG 5300 亿（2021）、PaLM 5400 亿（2022）。方块是稀疏 MoE 模型：Switch Transformer 约 1.6 万亿（2021）、DeepSeek-V3 6710 亿（2024），后者下方的空心方块是它每个词元实际激活的 370 亿参数。',
      en: 'The horizontal axis is the year (2018 to 2024); the vertical axis is the parameter count on a log scale from 100 million to 10 trillion, each gridline ten times the one below. Filled circles are dense models: BERT-Base 110M and BERT-Large 340M (2018), GPT-2 1.5B (2019), GPT-3 175B (2020), MT-NLG 530B (2021), PaLM 540B (2022). Squares are sparse mixture-of-experts models: Switch Transformer about 1.6T (2021) and DeepSeek-V3 671B (2024), with a hollow square below it for the 37B parameters it activates per token.',
    },
  },
  (k, data) => {
    const x = linear([2017.5, 2024.5], [70, 445]);
    const y = log10([5e7, 1e13], [262, 28]);
    let out = axes(k, {
      x,
      y,
      xTicks: [2018, 2019, 2020, 2021, 2022, 2023, 2024],
      yTicks: [1e8, 1e9, 1e10, 1e11, 1e12, 1e13],
      yFormat: (v) => powers[Math.round(Math.log10(v))] ?? String(v),
      grid: true,
      yTitle: { zh: '参数量', en: 'Parameters' },
    });
    // Labels go right of their point, except where a neighbour in the same year would collide.
    const side: Record<string, 'left' | 'right' | 'below'> = { 'Switch Transformer': 'left', 'MT-NLG': 'left', PaLM: 'below', 'DeepSeek-V3': 'left' };
    for (const r of data.rows) {
      const px = x(r.year);
      const py = y(r.value);
      const total = r.kind === 'active' ? data.rows.find((o) => o.row === r.row && o.kind !== 'active') : undefined;
      if (total) out += k.line(px, y(total.value) + 6, px, py - 6, { tone: 2, dashed: true });
      out +=
        r.kind === 'dense'
          ? k.circle(px, py, 5, { tone: 1, solid: true })
          : k.rect(px - 5, py - 5, 10, 10, { tone: 2, solid: r.kind === 'sparse', rx: 1 });
      const label = r.kind === 'active' ? { zh: '每词元激活', en: 'active per token' } : r.label;
      const at = side[r.label] ?? (r.year >= 2024 ? 'left' : 'right');
      if (at === 'below') out += k.text(px, py + 17, label, { size: 's', anchor: 'middle' });
      else out += k.text(at === 'left' ? px - 10 : px + 10, py, label, { size: 's', anchor: at === 'left' ? 'end' : 'start' });
    }
    // Legend, in the empty lower right.
    out += k.circle(300, 200, 5, { tone: 1, solid: true }) + k.text(312, 200, { zh: '稠密模型', en: 'dense' }, { size: 's' });
    out += k.rect(295, 215, 10, 10, { tone: 2, solid: true, rx: 1 }) + k.text(312, 220, { zh: '稀疏 MoE（总参数）', en: 'sparse MoE (total)' }, { size: 's' });
    out += k.rect(295, 235, 10, 10, { tone: 2, rx: 1 }) + k.text(312, 240, { zh: '稀疏 MoE（激活参数）', en: 'sparse MoE (active)' }, { size: 's' });
    return out;
  },
);
