import { diagram } from '@/lib/figures/types';

export default diagram(
  {
    id: 'fig-pretrain-adapt',
    chapter: 'large-model-overview',
    width: 460,
    height: 340,
    caption: {
      zh: '预训练一次，适配多次：同一个基座模型可以通过提示、检索、参数高效微调或全量微调用于不同任务',
      en: 'Pre-train once, adapt many times: one base model serves different tasks through prompting, retrieval, parameter-efficient or full fine-tuning',
    },
    alt: { zh: '从预训练到各种适配方式的流程图', en: 'Flow chart from pre-training to the ways of adapting a model' },
    desc: {
      zh: '左上方是海量无标注文本，经自监督预训练（预测下一个词元或被遮盖的词元）得到基座模型；基座模型可再经指令微调与人类反馈强化学习变成助手模型。从基座模型向下分出四条适配路径，按需要改动的参数由少到多排列：提示与少样本示例（参数不变）、检索增强生成（参数不变，外接文档库）、Adapter 或 LoRA（冻结原模型，只训练少量新参数）、全量微调（更新全部参数，每个任务一份完整副本）。',
      en: 'Top left, a very large amount of unlabelled text goes through self-supervised pre-training (predicting the next or a masked token) to give a base model; instruction tuning and RLHF can turn the base model into an assistant. Below the base model, four adaptation paths are ordered by how many weights they change: prompting with few-shot examples (no weights change), retrieval-augmented generation (no weights change, an external document store), adapters or LoRA (the original model frozen, a few new weights trained) and full fine-tuning (all weights updated, one full copy per task).',
    },
  },
  (k) => {
    let out = '';
    out += k.box(10, 20, 120, 54, { zh: '海量\n无标注文本', en: 'Vast amounts of\nunlabelled text' }, { tone: 0, size: 's' });
    out += k.arrow([[130, 47], [160, 47]]);
    out += k.box(160, 20, 130, 54, { zh: '自监督预训练\n（预测词元）', en: 'Self-supervised\npre-training' }, { tone: 2 });
    out += k.arrow([[290, 47], [320, 47]]);
    out += k.box(320, 20, 130, 54, { zh: '基座模型', en: 'Base model' }, { tone: 1, bold: true });
    out += k.arrow([[385, 74], [385, 104]]);
    out += k.box(320, 104, 130, 54, { zh: '指令微调 + RLHF\n→ 助手模型', en: 'Instruction tuning\n+ RLHF → assistant' }, { tone: 4, size: 's' });
    // Four ways to adapt, from the base (or assistant) model, ordered by weights changed.
    out += k.line(385, 158, 385, 182) + k.line(57, 182, 402, 182);
    const paths = [
      { x: 10, label: { zh: '提示与\n少样本示例', en: 'Prompting,\nfew-shot' }, note: { zh: '参数不变', en: 'no weights\nchange' } },
      { x: 125, label: { zh: '检索增强\n生成 (RAG)', en: 'Retrieval\n(RAG)' }, note: { zh: '参数不变\n外接文档库', en: 'no weights;\nown documents' } },
      { x: 240, label: { zh: 'Adapter /\nLoRA', en: 'Adapters /\nLoRA' }, note: { zh: '冻结原模型\n训练少量新参数', en: 'frozen model,\nfew new weights' } },
      { x: 355, label: { zh: '全量微调', en: 'Full\nfine-tuning' }, note: { zh: '更新全部参数\n每任务一份副本', en: 'all weights,\na copy per task' } },
    ];
    for (const p of paths) {
      out += k.arrow([[p.x + 47, 182], [p.x + 47, 206]]);
      out += k.box(p.x, 206, 95, 50, p.label, { tone: 3, size: 's' });
      out += k.text(p.x + 47, 284, p.note, { size: 's', anchor: 'middle', muted: true });
    }
    out += k.arrow([[20, 330], [440, 330]], { thin: true });
    out += k.text(230, 317, { zh: '改动的参数越来越多，成本越来越高', en: 'more weights changed, higher cost' }, { size: 's', anchor: 'middle', muted: true });
    return out;
  },
);
