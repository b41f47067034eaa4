import { z } from 'zod';
import { dataChart } from '@/lib/figures/types';
import { quotedData } from '@/lib/figures/schemas';
import { linear } from '@/lib/figures/chart';

const schema = quotedData({
  events: z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), region: z.enum(['eu', 'cn']), label: z.object({ zh: z.string(), en: z.string() }) })).min(1),
});

const year = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return y + (m - 1) / 12 + (d - 1) / 365;
};

export default dataChart(
  {
    id: 'fig-ai-rules-timeline',
    chapter: 'startup-landscape',
    width: 460,
    height: 330,
    data: 'ai-rules',
    schema,
    caption: {
      zh: '中国与欧盟 AI 规则的生效时间线（据第 7 章的两张表；欧盟高风险义务为 2026 年修订后推迟的日期）',
      en: 'When China’s and the EU’s AI rules apply (from the two tables in Chapter 7; the EU high-risk dates are those postponed by the 2026 amendment)',
    },
    alt: { zh: '中国与欧盟 AI 规则时间线', en: 'Timeline of AI rules in China and the EU' },
    desc: {
      zh: '时间自上而下从 2022 年到 2029 年。左侧是中国：2022 年 3 月 1 日算法推荐规定施行，2023 年 1 月 10 日深度合成规定施行，2023 年 8 月 15 日生成式人工智能服务管理暂行办法施行，2025 年 9 月 1 日人工智能生成合成内容标识办法施行。右侧是欧盟《人工智能法》：2025 年 2 月 2 日禁止性规定适用，2025 年 8 月 2 日通用目的 AI 模型义务适用，2026 年 8 月 2 日全面适用，附件三高风险系统义务推迟到 2027 年 12 月 2 日，产品中的高风险 AI 推迟到 2028 年 8 月 2 日。本书未列出美国的同类联邦法规，故图中没有美国。',
      en: 'Time runs down from 2022 to 2029. On the left, China: the algorithmic-recommendation provisions from 1 March 2022, the deep-synthesis provisions from 10 January 2023, the interim measures for generative AI services from 15 August 2023, and the measures for labelling AI-generated content from 1 September 2025. On the right, the EU AI Act: prohibitions from 2 February 2025, obligations for general-purpose AI models from 2 August 2025, general application from 2 August 2026, Annex III high-risk obligations postponed to 2 December 2027 and high-risk AI in products to 2 August 2028. The book lists no comparable US federal rule, so the US is not shown.',
    },
  },
  (k, d) => {
    // A vertical timeline: time runs down the middle, China on the left, the EU on the right;
    // labels keep their date order but are pushed apart where dates crowd.
    const y = linear([2022, 2029], [40, 300]);
    const axisX = 230;
    let out = k.line(axisX, 30, axisX, 306);
    // Years sit on the axis in small pills, drawn before the dots so a dot is never hidden.
    for (let yv = 2022; yv <= 2029; yv++) out += k.box(axisX - 21, y(yv) - 9, 42, 18, String(yv), { tone: 0, size: 's', rx: 8 });
    out += k.text(axisX - 20, 14, { zh: '中国', en: 'China' }, { bold: true, tone: 5, anchor: 'end' }) + k.text(axisX + 20, 14, { zh: '欧盟《人工智能法》', en: 'EU AI Act' }, { bold: true, tone: 1 });
    for (const region of ['cn', 'eu'] as const) {
      const side = region === 'cn' ? -1 : 1;
      const tone = region === 'cn' ? 5 : 1;
      let last = -Infinity;
      for (const e of d.events.filter((v) => v.region === region).sort((a, b) => a.date.localeCompare(b.date))) {
        const py = y(year(e.date));
        const ly = Math.max(py, last + 32);
        last = ly;
        const lx = axisX + side * 40;
        out += k.circle(axisX, py, 4, { tone, solid: true }) + k.polyline([[axisX + side * 5, py], [lx - side * 6, ly]], { tone, thin: true });
        out += k.text(lx, ly - 6, e.label, { size: 's', tone, anchor: side < 0 ? 'end' : 'start' });
        out += k.text(lx, ly + 9, e.date, { size: 's', muted: true, anchor: side < 0 ? 'end' : 'start' });
      }
    }
    return out;
  },
);
