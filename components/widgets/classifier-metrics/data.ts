import type { Scored } from '@/lib/widgets/classifier-metrics';

/**
 * Twenty illustrative reviews with a classifier's score for "complaint" (not a real model's
 * output): ten complaints, ten not, overlapping between 0.3 and 0.75 as real scores do.
 */
export const scoredReviews: readonly Scored[] = [
  ...[0.95, 0.91, 0.87, 0.82, 0.76, 0.68, 0.61, 0.55, 0.42, 0.33].map((score) => ({ score, positive: true })),
  ...[0.72, 0.58, 0.47, 0.39, 0.31, 0.26, 0.18, 0.12, 0.08, 0.04].map((score) => ({ score, positive: false })),
];

/** The BLEU example of section 3.4, and a Chinese one scored character by character. */
export const bleuExamples = {
  en: { candidate: 'the cat sat on the mat', reference: 'the cat sat on the red mat' },
  zh: { candidate: '小猫坐在垫子上', reference: '小猫坐在红垫子上' },
} as const;

export type ClassifierLabels = {
  title: string;
  context: string;
  threshold: string;
  positive: string;
  negative: string;
  predictedPos: string;
  predictedNeg: string;
  actualPos: string;
  actualNeg: string;
  precision: string;
  recall: string;
  f1: string;
  accuracy: string;
  curve: string;
  summary: string;
  undefinedValue: string;
};

export type BleuLabels = {
  title: string;
  context: string;
  candidate: string;
  reference: string;
  example: string;
  exampleZh: string;
  ngram: string;
  bp: string;
  score: string;
  tokens: string;
  summary: string;
  zeroNote: string;
};

export type ClassifierMetricsProps =
  | { lang: string; part: 'threshold'; examples: Scored[]; labels: ClassifierLabels }
  | { lang: string; part: 'bleu'; examples: typeof bleuExamples; labels: BleuLabels };
