import { z } from 'zod';
import { dataChart } from '@/lib/figures/types';
import { quotedData } from '@/lib/figures/schemas';
import { linear } from '@/lib/figures/chart';

const schema = quotedData({
  events: z.array(z.object({ lane: z.enum(['openai', 'bert']), date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/), label: z.object({ zh: z.string(), en: z.string() }) })).min(1),
});

const when = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number?];
  return y + (m - 1) / 12 + ((d ?? 15) - 1) / 365;
};

export default dataChart(
  {
    id: 'fig-case-timelines',
    chapter: 'case-studies',
    width: 460,
    height: 300,
    data: 'case-timelines',
    schema,
    caption: {
      zh: '两个案例的时间线：OpenAI 从非营利实验室到 ChatGPT 用了七年；BERT 从论文到用于 Google 搜索只用了约一年',
      en: 'The two case timelines: OpenAI took seven years from non-profit lab to ChatGPT; BERT went from paper to Google Search in about a year',
    },
    alt: { zh: 'OpenAI 与 BERT 案例的时间线', en: 'Timelines of the OpenAI and BERT cases' },
    desc: {
      zh: '横轴从 2015 年到 2026 年。上方一行是 OpenAI：2015 年 12 月成立，2019 年 3 月 11 日成立有限利润公司，2019 年 7 月 22 日微软投资 10 亿美元，2020 年 6 月 11 日 API 开放内测，2022 年 11 月 30 日发布 ChatGPT，2023 年 3 月 14 日发布 GPT-4，2025 年 8 月 5 日发布开放权重的 gpt-oss，2025 年 10 月 28 日完成重组，营利部门成为公益公司。下方一行是 Google 的 BERT：2018 年 10 月 11 日论文发布，2018 年 11 月开源代码和权重，2019 年 6 月获 NAACL 最佳长论文，2019 年 10 月 25 日用于 Google 搜索。',
      en: 'The axis runs from 2015 to 2026. The upper row is OpenAI: founded in December 2015, capped-profit LP on 11 March 2019, USD 1 billion from Microsoft on 22 July 2019, API private beta on 11 June 2020, ChatGPT on 30 November 2022, GPT-4 on 14 March 2023, the open-weight gpt-oss on 5 August 2025, and the recapitalisation that made the for-profit a public benefit corporation on 28 October 2025. The lower row is Google’s BERT: the paper on 11 October 2018, code and weights released in November 2018, the NAACL best long paper in June 2019, and use in Google Search from 25 October 2019.',
    },
  },
  (k, d) => {
    const x = linear([2015, 2026.3], [20, 446]);
    const axisY = 200;
    let out = k.line(20, axisY, 446, axisY);
    for (let yv = 2015; yv <= 2026; yv++) out += k.line(x(yv), axisY - 3, x(yv), axisY + 3) + (yv % 2 === 1 ? k.text(x(yv), axisY + 15, String(yv), { size: 's', anchor: 'middle', muted: true }) : '');
    out += k.text(8, 14, 'OpenAI', { bold: true, tone: 3 }) + k.text(8, 250, 'Google BERT', { bold: true, tone: 1 });
    const lanes = { openai: { tone: 3 as const, up: true }, bert: { tone: 1 as const, up: false } };
    for (const lane of ['openai', 'bert'] as const) {
      const evs = d.events.filter((e) => e.lane === lane).sort((a, b) => a.date.localeCompare(b.date));
      evs.forEach((e, i) => {
        const px = x(when(e.date));
        const { tone, up } = lanes[lane];
        out += k.circle(px, axisY, 3.5, { tone, solid: true });
        if (up) {
          const ly = axisY - 26 - (i % 4) * 38;
          out += k.line(px, axisY, px, ly + 6, { tone, thin: true });
          const anchor = px > 330 ? 'end' : px < 100 ? 'start' : 'middle';
          out += k.text(px, ly - 2, e.label, { size: 's', anchor, tone });
        } else {
          // BERT's four dates fall within a year: list them to the right, the earliest lowest,
          // so no leader line crosses another.
          const ly = axisY + 30 + (evs.length - 1 - i) * 17;
          out += k.polyline([[px, axisY], [px, ly], [226, ly]], { tone, thin: true });
          out += k.text(232, ly, e.label, { size: 's', tone });
        }
      });
    }
    return out;
  },
);
