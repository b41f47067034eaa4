/** Published sizes (parameters N, training tokens D), as the book states them (sections 1.2, 2.7). */
export const knownModels: readonly { name: string; n: number; d: number }[] = [
  { name: 'GPT-3', n: 175e9, d: 300e9 },
  { name: 'Gopher', n: 280e9, d: 300e9 },
  { name: 'Chinchilla', n: 70e9, d: 1.4e12 },
  { name: 'LLaMA 7B', n: 7e9, d: 1e12 },
];

export type ScalingLawLabels = {
  title: string;
  context: string;
  budget: string;
  fromGpus: string;
  gpuHours: string;
  peak: string;
  mfu: string;
  yourN: string;
  curve: string;
  optimum: string;
  rule: string;
  yours: string;
  params: string;
  tokens: string;
  ratio: string;
  loss: string;
  summary: string;
  note: string;
};

export type ScalingLawProps = { lang: string; start: { c: number; n: number }; labels: ScalingLawLabels };
