/**
 * Short sentences of the kind a product sends to a model, each written once in English and once
 * in Chinese with the same content: the tokenizer widget shows how each encoding splits them,
 * and their zh ÷ en token ratio prices the language mix in the unit-economics calculator.
 */
export const sentencePairs: readonly { en: string; zh: string }[] = [
  { en: 'Large models are trained once and adapted many times.', zh: '大模型训练一次，适配多次。' },
  { en: 'Please summarise this contract in three bullet points.', zh: '请用三个要点总结这份合同。' },
  { en: 'Your order has shipped and should arrive on Friday.', zh: '您的订单已发货，预计周五送达。' },
  { en: 'Attention lets every token look at every other token.', zh: '注意力让每个词元都能看到其他所有词元。' },
  { en: 'The model predicts the next token from the ones before it.', zh: '模型根据前面的词元预测下一个词元。' },
  { en: 'Cost per user decides whether growth makes money or loses it.', zh: '每个用户的成本决定了增长是赚钱还是亏钱。' },
  { en: 'Translate the following customer review into English.', zh: '把下面这条顾客评价翻译成英文。' },
  { en: 'Measure before you optimise.', zh: '先测量，再优化。' },
];
