import { z } from 'zod';
import { dataChart } from '@/lib/figures/types';
import { tableData } from '@/lib/figures/schemas';
import { linear } from '@/lib/figures/chart';

const schema = tableData({ label: z.object({ zh: z.string(), en: z.string() }), calls: z.number().int().positive() });

export default dataChart(
  {
    id: 'fig-task-modes-cost',
    chapter: 'future-trends',
    width: 460,
    height: 190,
    data: 'task-modes',
    schema,
    caption: {
      zh: '同一价格下每个任务的成本：推理模型因思考词元贵 5 倍，智能体因多次调用贵 18 倍（数据来自本节表格）',
      en: 'Cost per task at the same prices: a reasoning model costs 5 times as much because of its thinking tokens, an agent 18 times because of its many calls (from this section’s table)',
    },
    alt: { zh: '三种用法每个任务成本的条形图', en: 'Bar chart of cost per task for three ways of using a model' },
    desc: {
      zh: '三根横条：普通对话回答每个任务 0.002 美元；推理模型回答（含 4000 个思考词元）0.010 美元，是前者的 5 倍；智能体完成一项任务（10 次调用）0.036 美元，是前者的 18 倍。',
      en: 'Three bars: a plain chat answer costs USD 0.002 per task; a reasoning-model answer (with 4,000 thinking tokens) USD 0.010, 5 times as much; an agent completing a task with 10 calls USD 0.036, 18 times as much.',
    },
  },
  (k, d) => {
    const max = Math.max(...d.rows.map((r) => r.value));
    const x = linear([0, max * 1.4], [150, 440]);
    const base = d.rows[0]!.value;
    let out = '';
    d.rows.forEach((r, i) => {
      const y = 24 + i * 46;
      out += k.text(142, y + 14, r.label, { size: 's', anchor: 'end' });
      out += k.rect(150, y, x(r.value) - 150, 28, { tone: ([1, 4, 2] as const)[i % 3], solid: true, rx: 2, opacity: 0.75 });
      out += k.text(x(r.value) + 6, y + 14, `${r.value.toFixed(3)}${i > 0 ? ` (×${Math.round(r.value / base)})` : ''}`, { size: 's', bold: true });
    });
    out += k.line(150, 16, 150, 160);
    out += k.text(440, 176, { zh: '美元 / 任务', en: 'USD per task' }, { size: 's', anchor: 'end', muted: true });
    return out;
  },
);
