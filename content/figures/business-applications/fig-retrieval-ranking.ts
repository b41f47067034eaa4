import { diagram } from '@/lib/figures/types';

export default diagram(
  {
    id: 'fig-retrieval-ranking',
    chapter: 'business-applications',
    width: 460,
    height: 250,
    caption: {
      zh: '两段式推荐：召回用用户向量与物品向量的最近邻搜索（常见做法是双塔模型）把百万级物品缩到几百个，排序再用更重的模型精排',
      en: 'Two-stage recommendation: retrieval narrows millions of items to a few hundred by nearest-neighbour search between user and item vectors (often a two-tower model); ranking then scores them with a heavier model',
    },
    alt: { zh: '双塔召回加排序的推荐系统结构', en: 'A recommender with two-tower retrieval followed by ranking' },
    desc: {
      zh: '左半部分是双塔模型：用户塔把用户特征和历史编码成用户向量 u，物品塔把物品特征编码成物品向量 v，二者的点积 u·v 作为匹配分数；物品向量可以提前算好并建索引，线上只需计算用户向量再做近似最近邻搜索。右半部分是漏斗：全部物品（百万级）经召回剩下几百个候选，经排序模型（特征更多、模型更重，可预测点击或观看时长）打分，最后展示前十个左右。',
      en: 'The left half is a two-tower model: the user tower encodes user features and history into a user vector u, the item tower encodes item features into an item vector v, and the dot product u·v is the match score; item vectors can be computed ahead of time and indexed, so online only the user vector is computed before an approximate nearest-neighbour search. The right half is a funnel: all items (millions) shrink to a few hundred candidates after retrieval, a ranking model with more features and more compute (predicting clicks or watch time, for example) scores them, and about ten are shown.',
    },
  },
  (k) => {
    let out = '';
    // Two towers.
    out += k.box(14, 190, 90, 34, { zh: '用户特征\n与历史', en: 'user data,\nhistory' }, { tone: 0, size: 's' });
    out += k.box(124, 190, 90, 34, { zh: '物品特征', en: 'item data' }, { tone: 0, size: 's' });
    out += k.arrow([[59, 190], [59, 170]]) + k.arrow([[169, 190], [169, 170]]);
    out += k.box(24, 110, 70, 60, { zh: '用户塔', en: 'user\ntower' }, { tone: 1, size: 's' });
    out += k.box(134, 110, 70, 60, { zh: '物品塔', en: 'item\ntower' }, { tone: 3, size: 's' });
    out += k.arrow([[59, 110], [59, 84]]) + k.arrow([[169, 110], [169, 84]]);
    out += k.text(59, 74, 'u', { anchor: 'middle', italic: true, tone: 1 }) + k.text(169, 74, 'v', { anchor: 'middle', italic: true, tone: 3 });
    out += k.arrow([[66, 66], [104, 40]]) + k.arrow([[162, 66], [124, 40]]);
    out += k.circle(114, 32, 12, { tone: 2 }) + k.text(114, 32, 'u·v', { anchor: 'middle', size: 's' });
    out += k.text(134, 14, { zh: '物品向量可预先算好建索引', en: 'item vectors indexed offline' }, { size: 's', muted: true });
    out += k.line(236, 20, 236, 230, { thin: true, dashed: true });
    // Funnel.
    const stages = [
      { w: 190, label: { zh: '全部物品：百万级', en: 'all items: millions' }, tone: 0 as const },
      { w: 140, label: { zh: '召回：几百个', en: 'retrieval: hundreds' }, tone: 1 as const },
      { w: 100, label: { zh: '排序：打分', en: 'ranking' }, tone: 2 as const },
      { w: 84, label: { zh: '展示约 10 个', en: 'shown: ~10' }, tone: 3 as const },
    ];
    stages.forEach((s, i) => {
      const y = 30 + i * 52;
      out += k.box(350 - s.w / 2, y, s.w, 36, s.label, { tone: s.tone, size: 's' });
      if (i > 0) out += k.arrow([[350, y - 16], [350, y]]);
    });
    return out;
  },
);
