import { diagram } from '@/lib/figures/types';

export default diagram(
  {
    id: 'fig-startup-stack',
    chapter: 'startup-landscape',
    width: 460,
    height: 280,
    caption: {
      zh: '大模型创业的三层：基础设施、模型、应用；越往下越需要资本，越往上越靠领域知识、数据和渠道取胜',
      en: 'The three layers of a large-model business: infrastructure, models, applications; the lower the layer, the more capital it takes; the higher, the more it is won by domain knowledge, data and distribution',
    },
    alt: { zh: '大模型产业的三层结构及价值与成本的位置', en: 'The three layers of the large-model industry and where value and costs sit' },
    desc: {
      zh: '三层横条自下而上：基础设施层（GPU、云、推理服务、评测与数据工具），主要成本是芯片与电力，属于资本密集型；模型层（基座模型厂商、开放权重模型、微调与蒸馏），主要成本是训练算力与研究团队；应用层（垂直行业的工作流产品、助手、智能体），主要成本是每次调用模型的费用，价值来自领域知识、自有数据、与客户系统的集成和分发渠道。右侧箭头表示：越往下资本需求越大，越往上越接近客户、差异化越依赖数据与渠道。创业公司最常见的机会在应用层与工具层。',
      en: 'Three bands from bottom to top: infrastructure (GPUs, clouds, serving, evaluation and data tooling), whose main costs are chips and power, capital-intensive; models (foundation-model labs, open-weight models, fine-tuning and distillation), whose main costs are training compute and research staff; applications (vertical workflow products, assistants, agents), whose main cost is paying for each model call, with value coming from domain knowledge, proprietary data, integration with customers’ systems and distribution. Arrows on the right: capital needs grow towards the bottom; closeness to the customer, and differentiation through data and distribution, grow towards the top. Startups most often find their openings in applications and tooling.',
    },
  },
  (k) => {
    const layers = [
      { y: 14, tone: 3 as const, name: { zh: '应用层', en: 'Applications' }, what: { zh: '垂直工作流产品、助手、智能体', en: 'vertical workflows, assistants, agents' }, cost: { zh: '成本：每次模型调用（COGS）', en: 'cost: every model call (COGS)' }, value: { zh: '价值：领域知识、数据、集成、渠道', en: 'value: domain, data, integration, reach' } },
      { y: 100, tone: 1 as const, name: { zh: '模型层', en: 'Models' }, what: { zh: '基座模型、开放权重、微调与蒸馏', en: 'foundation models, open weights, tuning' }, cost: { zh: '成本：训练算力、研究团队', en: 'cost: training compute, researchers' }, value: { zh: '价值：能力领先、规模', en: 'value: capability lead, scale' } },
      { y: 186, tone: 2 as const, name: { zh: '基础设施层', en: 'Infrastructure' }, what: { zh: 'GPU、云、推理服务、评测与数据工具', en: 'GPUs, clouds, serving, eval and data tools' }, cost: { zh: '成本：芯片、电力、机房', en: 'cost: chips, power, data centres' }, value: { zh: '价值：每个 AI 团队都需要', en: 'value: every AI team needs it' } },
    ];
    let out = '';
    for (const l of layers) {
      out += k.rect(8, l.y, 380, 78, { tone: l.tone, rx: 8 });
      out += k.text(18, l.y + 16, l.name, { bold: true });
      out += k.text(18, l.y + 34, l.what, { size: 's' });
      out += k.text(18, l.y + 50, l.cost, { size: 's', tone: 5 });
      out += k.text(18, l.y + 64, l.value, { size: 's', muted: true });
    }
    out += k.arrow([[420, 30], [420, 260]], { tone: 5 }) + k.text(432, 150, { zh: '资本需求', en: 'capital needed' }, { size: 's', rotate: 90, anchor: 'middle', tone: 5 });
    out += k.arrow([[404, 260], [404, 30]], { tone: 3 }) + k.text(448, 150, { zh: '离客户越近', en: 'closer to customers' }, { size: 's', rotate: 90, anchor: 'middle', tone: 3 });
    return out;
  },
);
