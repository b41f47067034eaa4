import type { ComponentType } from 'react';

/**
 * Every island the book has: name → its code, loaded with import() so each is a chunk of its
 * own that only pages using it fetch, and only when it nears the viewport
 * (IslandLoader.client.tsx). The name is also the widget's public marker, data-widget="<name>".
 * Adding one: content/AUTHORING.md, "Interactive islands".
 */
export const islands = {
  sampling: () => import('@/components/widgets/sampling/SamplingWidget.client'),
  'gradient-descent': () => import('@/components/widgets/gradient-descent/GradientDescentWidget.client'),
  'scaling-law': () => import('@/components/widgets/scaling-law/ScalingLawWidget.client'),
  'classifier-metrics': () => import('@/components/widgets/classifier-metrics/ClassifierMetricsWidget.client'),
  tokenizer: () => import('@/components/widgets/tokenizer/TokenizerWidget.client'),
  attention: () => import('@/components/widgets/attention/AttentionWidget.client'),
  'unit-economics': () => import('@/components/widgets/unit-economics/UnitEconomicsWidget.client'),
} satisfies Record<string, () => Promise<{ default: ComponentType<never> }>>;

export type IslandName = keyof typeof islands;

export function isIslandName(name: string): name is IslandName {
  return Object.hasOwn(islands, name);
}
