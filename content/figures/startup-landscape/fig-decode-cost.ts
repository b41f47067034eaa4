import { z } from 'zod';
import { dataChart } from '@/lib/figures/types';
import { quotedData } from '@/lib/figures/schemas';
import { axes, linear, log10 } from '@/lib/figures/chart';

const schema = quotedData({
  batches: z.array(z.object({ batch: z.number().int().positive(), usdPerMillion: z.number().positive(), tokensPerSecond: z.number().positive() })).min(1),
  prefillUsdPerMillion: z.number().positive(),
});

export default dataChart(
  {
    id: 'fig-decode-cost',
    chapter: 'startup-landscape',
    width: 460,
    height: 250,
    data: 'decode-cost',
    schema,
    caption: {
      zh: '计算器的输出：批量越大，每百万输出词元的成本越低（对数纵轴），从批量 1 的 4.80 美元降到批量 128 的 0.10 美元；预填充的输入词元只要 0.028 美元',
      en: 'The calculator’s output: the larger the batch, the cheaper each million output tokens (log scale), from USD 4.80 at batch 1 to USD 0.10 at batch 128; prefill input tokens cost only USD 0.028',
    },
    alt: { zh: '每百万输出词元成本随批量变化的柱状图', en: 'Bar chart of cost per million output tokens by batch size' },
    desc: {
      zh: '四根柱子对应批量 1、8、32、128，高度是每百万输出词元的成本（对数刻度）：4.80、0.66、0.21、0.10 美元；柱顶另标出每秒输出词元数：145、1055、3244、6742。一条水平虚线标出预填充阶段每百万输入词元 0.028 美元。解码受显存带宽限制，每一步都要读一遍全部权重，所以把更多请求放进同一批是降低推理成本的主要手段。数字来自本节计算器（8B 模型、BF16、单张 H100）的打印结果。',
      en: 'Four bars for batch sizes 1, 8, 32 and 128, their height the cost per million output tokens on a log scale: USD 4.80, 0.66, 0.21 and 0.10; above each bar the output tokens per second: 145, 1,055, 3,244 and 6,742. A dashed horizontal line marks prefill at USD 0.028 per million input tokens. Decoding is bound by memory bandwidth and reads all the weights at every step, so putting more requests into one batch is the main lever on inference cost. The numbers are what this section’s calculator (8B model, BF16, one H100) prints.',
    },
  },
  (k, d) => {
    const y = log10([0.01, 10], [210, 48]);
    const x = linear([0, d.batches.length], [60, 440]);
    let out = axes(k, {
      x,
      y,
      xTicks: [],
      yTicks: [0.01, 0.1, 1, 10],
      yFormat: (v) => String(v),
      grid: true,
      yTitle: { zh: '美元 / 百万词元', en: 'USD per 1M tokens' },
    });
    d.batches.forEach((b, i) => {
      const cx = x(i + 0.5);
      out += k.rect(cx - 26, y(b.usdPerMillion), 52, 210 - y(b.usdPerMillion), { tone: 1, solid: true, rx: 2, opacity: 0.8 });
      out += k.text(cx, y(b.usdPerMillion) - 24, b.usdPerMillion.toFixed(2), { size: 's', anchor: 'middle', bold: true });
      out += k.text(cx, y(b.usdPerMillion) - 9, { zh: `${b.tokensPerSecond.toLocaleString('en-US')} 词元/秒`, en: `${b.tokensPerSecond.toLocaleString('en-US')} tok/s` }, { size: 's', anchor: 'middle', muted: true });
      out += k.text(cx, 226, { zh: `批量 ${b.batch}`, en: `batch ${b.batch}` }, { size: 's', anchor: 'middle' });
    });
    out += k.line(60, y(d.prefillUsdPerMillion), 440, y(d.prefillUsdPerMillion), { tone: 3, dashed: true });
    out += k.line(300, 34, 318, 34, { tone: 3, dashed: true }) + k.text(322, 34, { zh: `预填充（输入）${d.prefillUsdPerMillion}`, en: `prefill (input) ${d.prefillUsdPerMillion}` }, { size: 's', tone: 3 });
    out += k.text(250, 244, { zh: '解码（输出）· 8B 模型 · BF16 · 一张 H100', en: 'decoding (output) · 8B model · BF16 · one H100' }, { size: 's', anchor: 'middle', muted: true });
    return out;
  },
);
