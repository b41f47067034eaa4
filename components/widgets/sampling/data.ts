/**
 * The example of section 3.5 (the same numbers as its Python block): six candidate next tokens
 * with illustrative scores, not the output of a real model.
 */
export const samplingExample = {
  tokens: ['great', 'good', 'clear', 'fine', 'terrible', 'purple'],
  logits: [3.0, 2.5, 1.5, 1.2, 0.3, -1.0],
} as const;

export type SamplingLabels = {
  title: string;
  context: string;
  token: string;
  logit: string;
  temperature: string;
  greedy: string;
  topK: string;
  topP: string;
  probability: string;
  sampled: string;
  cut: string;
  sample: string;
  reset: string;
  draws: string;
  noDraws: string;
  summary: string;
};

export type SamplingProps = { lang: string; tokens: string[]; logits: number[]; labels: SamplingLabels };
