import { z } from 'zod';
import { dataChart } from '@/lib/figures/types';
import { tableData } from '@/lib/figures/schemas';
import { linear } from '@/lib/figures/chart';

const schema = tableData({ label: z.object({ zh: z.string(), en: z.string() }) }).extend({
  seatPrice: z.number().positive(),
  tasks: z.object({ typical: z.number().positive(), heavy: z.number().positive() }),
});

export default dataChart(
  {
    id: 'fig-task-cogs',
    chapter: 'startup-landscape',
    width: 460,
    height: 236,
    data: 'task-cogs',
    schema,
    caption: {
      zh: '合同审查示例中每个任务的成本（COGS）构成与每任务收入：普通用户每月 300 个任务时有利可图，重度用户每月 1500 个任务时每个任务都在亏钱',
      en: 'Cost per task (COGS) of the contract-review example, and revenue per task: at 300 tasks a month a typical user is profitable; at 1,500 a heavy user loses money on every task',
    },
    alt: { zh: '每任务成本构成与两种用户的每任务收入', en: 'Cost per task and revenue per task for two kinds of user' },
    desc: {
      zh: '一条横向堆叠条表示每个任务约 0.0404 美元的成本，从左到右依次是：大模型起草 0.030、大模型检查 0.00825、检索存储与日志 0.002、小模型分流 0.000132（几乎看不见）。起草一步占了约四分之三。两条竖线标出每任务收入：每席位每月 40 美元，普通用户 300 个任务时约 0.1333 美元，远高于成本；重度用户 1500 个任务时约 0.0267 美元，低于成本，毛利为负。数据来自本节的表格。',
      en: 'One horizontal stacked bar shows the cost of a task, about USD 0.0404, from left to right: the large-model draft 0.030, the large-model check 0.00825, retrieval, storage and logs 0.002, and the small-model routing 0.000132 (barely visible). The draft is about three quarters of it. Two vertical lines mark revenue per task at USD 40 per seat per month: about 0.1333 for a typical user with 300 tasks, far above cost, and about 0.0267 for a heavy user with 1,500 tasks, below cost, a negative margin. The numbers come from this section’s table.',
    },
  },
  (k, d) => {
    const parts = d.rows.filter((r) => !/total|合计/i.test(r.label.en));
    const total = d.rows.find((r) => r.label.en === 'total')!.value;
    const typical = d.seatPrice / d.tasks.typical;
    const heavy = d.seatPrice / d.tasks.heavy;
    const x = linear([0, 0.14], [20, 440]);
    let out = '';
    for (const v of [0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.14]) {
      out += k.line(x(v), 60, x(v), 150, { thin: true, dashed: true }) + k.text(x(v), 166, v.toFixed(2), { size: 's', anchor: 'middle', muted: true });
    }
    out += k.text(440, 180, { zh: '美元 / 任务', en: 'USD per task' }, { size: 's', anchor: 'end', muted: true });
    let at = 0;
    const tones = [2, 4, 1, 3] as const;
    parts.forEach((p, i) => {
      out += k.rect(x(at), 80, x(p.value) - x(0), 40, { tone: tones[i % 4], solid: true, rx: 0, opacity: 0.75 });
      at += p.value;
    });
    out += k.text(x(0), 70, { zh: `成本 ${total.toFixed(4)}`, en: `cost ${total.toFixed(4)}` }, { size: 's', bold: true });
    // Legend under the axis.
    parts.forEach((p, i) => {
      const lx = 20 + (i % 2) * 200;
      const ly = 194 + Math.floor(i / 2) * 18;
      out += k.rect(lx, ly - 5, 10, 10, { tone: tones[i % 4], solid: true, rx: 0, opacity: 0.75 }) + k.text(lx + 14, ly, p.label, { size: 's' });
    });
    for (const [v, label, tone] of [
      [typical, { zh: `普通用户 ${d.tasks.typical} 次/月：${typical.toFixed(4)}`, en: `typical, ${d.tasks.typical}/month: ${typical.toFixed(4)}` }, 3],
      [heavy, { zh: `重度 ${d.tasks.heavy} 次/月：${heavy.toFixed(4)}`, en: `heavy, ${d.tasks.heavy}/month: ${heavy.toFixed(4)}` }, 5],
    ] as const) {
      out += k.line(x(v), 30, x(v), 150, { tone });
      out += k.text(x(v) + (v > 0.1 ? -4 : 4), tone === 3 ? 22 : 40, label, { size: 's', tone, anchor: v > 0.1 ? 'end' : 'start', bold: true });
    }
    return out;
  },
);
