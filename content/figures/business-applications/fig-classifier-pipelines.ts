import { diagram } from '@/lib/figures/types';
import type { Kit, Label } from '@/lib/figures/draw';

function lane(k: Kit, y: number, title: Label, steps: { label: Label; tone: 0 | 1 | 2 | 3 | 4 }[]) {
  let out = k.text(8, y - 12, title, { size: 's', bold: true });
  const w = 98;
  steps.forEach((s, i) => {
    const x = 8 + i * (w + 18);
    out += k.box(x, y, w, 38, s.label, { tone: s.tone, size: 's' });
    if (i + 1 < steps.length) out += k.arrow([[x + w, y + 19], [x + w + 18, y + 19]]);
  });
  return out;
}

export default diagram(
  {
    id: 'fig-classifier-pipelines',
    chapter: 'business-applications',
    width: 460,
    height: 250,
    caption: {
      zh: '构建文本分类器的三条路线：TF-IDF 加线性模型、微调 BERT 类编码器、提示大模型；从上到下，所需标注越来越少，每次预测越来越贵',
      en: 'Three ways to build a text classifier: TF-IDF with a linear model, a fine-tuned BERT-style encoder, a prompted LLM; from top to bottom, fewer labels are needed and each prediction costs more',
    },
    alt: { zh: '三种文本分类流水线', en: 'Three text-classification pipelines' },
    desc: {
      zh: '第一行：文本转成 TF-IDF 特征，送入逻辑回归或线性 SVM，输出类别，需要数百到数千条标注。第二行：文本经子词分词送入 BERT 类编码器，取 [CLS] 位置的向量，接一个线性层和 softmax 输出类别，整体微调，需要数千条标注。第三行：把说明、几个带标签的示例和待分类文本写进提示，交给大模型，由它直接写出类别，不需要训练，但要一个带标签的测试集，并按词元付费。',
      en: 'First row: text becomes TF-IDF features fed to logistic regression or a linear SVM, which outputs the class; hundreds to thousands of labels needed. Second row: text is split into subword tokens and fed to a BERT-style encoder; the vector at the [CLS] position goes through one linear layer and a softmax to give the class, and everything is fine-tuned; thousands of labels needed. Third row: instructions, a few labelled examples and the text to classify go into a prompt for an LLM, which writes the class; no training, but a labelled test set is still needed and every call is billed per token.',
    },
  },
  (k) =>
    lane(k, 30, { zh: '① TF-IDF + 线性模型', en: '① TF-IDF + linear model' }, [
      { label: { zh: '文本', en: 'text' }, tone: 0 },
      { label: { zh: 'TF-IDF\n特征', en: 'TF-IDF\nfeatures' }, tone: 1 },
      { label: { zh: '逻辑回归\n/ 线性 SVM', en: 'logistic reg.\n/ linear SVM' }, tone: 2 },
      { label: { zh: '类别', en: 'class' }, tone: 3 },
    ]) +
    lane(k, 110, { zh: '② 微调编码器（BERT 类）', en: '② fine-tuned encoder (BERT-style)' }, [
      { label: { zh: '子词词元', en: 'subword\ntokens' }, tone: 0 },
      { label: { zh: '编码器\n（全部微调）', en: 'encoder,\nall fine-tuned' }, tone: 1 },
      { label: 'h[CLS] →\nsoftmax(Wh+b)', tone: 2 },
      { label: { zh: '类别', en: 'class' }, tone: 3 },
    ]) +
    lane(k, 190, { zh: '③ 提示大模型', en: '③ prompted LLM' }, [
      { label: { zh: '说明 + 示例\n+ 文本', en: 'prompt with\nexamples' }, tone: 0 },
      { label: { zh: '大模型\n（不训练）', en: 'LLM\n(no training)' }, tone: 4 },
      { label: { zh: '生成的\n类别名', en: 'generated\nlabel' }, tone: 2 },
      { label: { zh: '解析为类别', en: 'parsed class' }, tone: 3 },
    ]),
);
