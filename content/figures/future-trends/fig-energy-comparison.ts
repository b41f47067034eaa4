import { z } from 'zod';
import { dataChart } from '@/lib/figures/types';
import { quotedData } from '@/lib/figures/schemas';
import { log10 } from '@/lib/figures/chart';

const schema = quotedData({
  jobs: z.array(z.object({ label: z.object({ zh: z.string(), en: z.string() }), kwh: z.number().positive(), t: z.number().nullable(), tLow: z.number().nullable(), tHigh: z.number().nullable() })).min(1),
});

const fmt = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });

export default dataChart(
  {
    id: 'fig-energy-comparison',
    chapter: 'future-trends',
    width: 460,
    height: 230,
    data: 'energy-estimate',
    schema,
    caption: {
      zh: '本节估算的耗电量（对数横轴）：GPT-3 训练约 1289 MWh；小公司全年的推理服务是一次微调的 91 倍；同样的电在高煤电网上的排放是低碳电网的 6 倍',
      en: 'Energy from this section’s estimate (log scale): GPT-3’s training about 1,289 MWh; a small company’s year of serving uses 91 times a fine-tuning run; the same electricity emits six times as much on a coal-heavy grid',
    },
    alt: { zh: '三项任务耗电量与排放的对比', en: 'Energy and emissions of three workloads compared' },
    desc: {
      zh: '三根横条按对数刻度表示耗电量：GPT-3 训练约 1,289,000 千瓦时（553 吨二氧化碳当量）；一家小公司用 4 张 GPU 全天候服务一年约 29,434 千瓦时，在每千瓦时 0.1 千克的低碳电网上排放 2.94 吨，在 0.6 千克的高煤电网上排放 17.66 吨；用 8 张 GPU 微调 48 小时约 323 千瓦时，排放 0.03 至 0.19 吨。服务一年的耗电是微调的 91 倍。小公司两项的功率、PUE 和电网强度是假设值。',
      en: 'Three bars on a log scale show energy: GPT-3’s training about 1,289,000 kWh (553 t CO2e); a year of a small company serving around the clock on 4 GPUs about 29,434 kWh, which emits 2.94 t on a low-carbon grid at 0.1 kg per kWh and 17.66 t on a coal-heavy grid at 0.6 kg; fine-tuning on 8 GPUs for 48 hours about 323 kWh, 0.03 to 0.19 t. The year of serving uses 91 times the energy of the fine-tune. The small company’s power, PUE and grid intensities are assumptions.',
    },
  },
  (k, d) => {
    const x = log10([100, 3e6], [20, 440]);
    let out = '';
    for (const v of [100, 1e3, 1e4, 1e5, 1e6]) out += k.line(x(v), 24, x(v), 190, { thin: true, dashed: true }) + k.text(x(v), 204, fmt(v), { size: 's', anchor: 'middle', muted: true });
    out += k.text(440, 222, { zh: '千瓦时（对数刻度）', en: 'kWh (log scale)' }, { size: 's', anchor: 'end', muted: true });
    d.jobs.forEach((j, i) => {
      const y = 30 + i * 54;
      out += k.text(22, y, j.label, { size: 's', bold: true });
      out += k.rect(20, y + 10, x(j.kwh) - 20, 22, { tone: ([5, 2, 3] as const)[i % 3], solid: true, rx: 2, opacity: 0.75 });
      const co2 = j.t !== null ? `${fmt(j.t)} t CO₂e` : `${fmt(j.tLow!)}–${fmt(j.tHigh!)} t CO₂e`;
      const inside = x(j.kwh) > 300;
      out += k.text(inside ? x(j.kwh) - 6 : x(j.kwh) + 6, y + 21, `${fmt(j.kwh)} kWh · ${co2}`, { size: 's', anchor: inside ? 'end' : 'start' });
    });
    return out;
  },
);
