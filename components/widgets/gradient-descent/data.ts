import type { Surface } from '@/lib/widgets/gradient-descent';

export type GradientDescentLabels = {
  title: string;
  context: string;
  surface: string;
  surfaces: Record<Surface['id'], string>;
  lr: string;
  momentum: string;
  step: string;
  run: string;
  pause: string;
  reset: string;
  plot: string;
  curve: string;
  summary: string;
  divergedSummary: string;
  diverged: string;
};

export type GradientDescentProps = { lang: string; steps: number; labels: GradientDescentLabels };
