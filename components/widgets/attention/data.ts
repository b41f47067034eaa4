import type { Matrix } from '@/lib/widgets/attention';

/**
 * Hand-made, illustrative query and key vectors (not from a trained model), with four named
 * dimensions so a reader can see why a score is high: [thing, action, can be referred back to,
 * function word]. A key says what a token offers, a query what it looks for; a pronoun looks for
 * a thing that can be referred back to, so "it" finds "cat". d = 4, so √d = 2.
 */
const roles = {
  det: { q: [1, 0, 0, 0], k: [0, 0, 0, 1] },
  noun: { q: [0, 0, 0, 1], k: [2, 0, 2, 0] },
  verb: { q: [2, 0, 0, 0], k: [0, 2, 0, 0] },
  conj: { q: [0, 2, 0, 0], k: [0, 0, 0, 1] },
  pron: { q: [1, 0, 2, 0], k: [1, 0, 0, 0] },
  copula: { q: [1, 0, 0, 0], k: [0, 1, 0, 1] },
  adj: { q: [2, 0, 0, 0], k: [0, 1, 0, 0] },
  particle: { q: [0, 2, 0, 0], k: [0, 0, 0, 1] },
} as const;

type Role = keyof typeof roles;
export type AttentionSentence = { tokens: string[]; roles: Role[] };

export const attentionExample: Record<'en' | 'zh', AttentionSentence> = {
  en: { tokens: ['The', 'cat', 'sat', 'because', 'it', 'was', 'tired'], roles: ['det', 'noun', 'verb', 'conj', 'pron', 'copula', 'adj'] },
  zh: { tokens: ['猫', '坐下', '了', '因为', '它', '累', '了'], roles: ['noun', 'verb', 'particle', 'conj', 'pron', 'adj', 'particle'] },
};

export function vectorsOf(s: AttentionSentence): { q: Matrix; k: Matrix } {
  return { q: s.roles.map((r) => [...roles[r].q]), k: s.roles.map((r) => [...roles[r].k]) };
}

export type AttentionLabels = {
  title: string;
  context: string;
  sentence: string;
  focus: string;
  causal: string;
  scaled: string;
  query: string;
  key: string;
  summary: string;
  masked: string;
  heatmap: string;
};

export type AttentionProps = {
  lang: string;
  sentences: { label: string; tokens: string[]; q: Matrix; k: Matrix }[];
  labels: AttentionLabels;
};
