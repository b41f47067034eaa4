import type { Scenario } from '@/lib/widgets/unit-economics';

/**
 * Tokens of a Chinese sentence ÷ tokens of the same sentence in English with o200k_base,
 * measured at build time over the tokenizer widget's sentence pairs (components/widgets/tokenizer/).
 * Written here by hand so that this widget does not depend on that one's data.
 */
export const ZH_RATIO_O200K = 1.18;

/** Which preset a scenario matches, by the fields a preset sets. */
export type PresetId = 'small-api' | 'large-api' | 'self-hosted';

/**
 * Dated, illustrative assumptions, never quotes (the strings under widget.unitEconomics.presets
 * say where each figure comes from): the small model's price is the list price OpenAI announced
 * for GPT-4o mini in July 2024; the large one is the assumption of section 5.5's example; the
 * self-hosted figures are the output of section 5.3's script (8B model in BF16 on one H100 at
 * batch 32, USD 2.50 an hour assumed).
 */
export const presets: Record<PresetId, Partial<Scenario>> = {
  'small-api': { mode: 'api', priceIn: 0.15, priceOut: 0.6 },
  'large-api': { mode: 'api', priceIn: 3, priceOut: 15 },
  'self-hosted': { mode: 'gpu', gpuHour: 2.5, prefillTps: 24725, decodeTps: 3244, utilisation: 0.5 },
};

export const PRESETS_AS_OF = '2026-12-03';

/** The scenario a reader starts from (and the one links are written relative to). */
export const defaultScenario: Scenario = {
  users: 1000,
  requests: 20,
  inTokens: 1500,
  outTokens: 400,
  zhShare: 0.5,
  zhRatio: ZH_RATIO_O200K,
  mode: 'api',
  priceIn: 0.15,
  priceOut: 0.6,
  gpuHour: 2.5,
  prefillTps: 24725,
  decodeTps: 3244,
  utilisation: 0.5,
  price: 10,
};

export type UnitEconomicsLabels = {
  title: string;
  context: string;
  preset: string;
  presetNames: Record<PresetId, string>;
  custom: string;
  mode: string;
  modeApi: string;
  modeGpu: string;
  users: string;
  requests: string;
  inTokens: string;
  outTokens: string;
  zhShare: string;
  zhRatio: string;
  priceIn: string;
  priceOut: string;
  gpuHour: string;
  prefillTps: string;
  decodeTps: string;
  utilisation: string;
  price: string;
  monthlyCost: string;
  costPerUser: string;
  grossMargin: string;
  breakEven: string;
  gpus: string;
  tokens: string;
  loss: string;
  summaryApi: string;
  summaryGpu: string;
  copyLink: string;
  copied: string;
  reset: string;
  sources: string;
};

export type UnitEconomicsProps = { lang: string; anchor: string; defaults: Scenario; presets: Record<PresetId, Partial<Scenario>>; labels: UnitEconomicsLabels };
