import { language, type Lang } from './i18n/langs';

/**
 * Honest reading-time estimates: Chinese counted by Han characters (and the odd Latin word,
 * e.g. "GPU", as one unit), English by words, each at its language's speed (lib/i18n/langs.ts).
 * The text is a chapter's prose as indexed for search (code and display formulas excluded: a
 * reader skims them or studies them, and neither fits a per-word rate).
 */
export function readingUnits(text: string, unit: 'char' | 'word'): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (unit === 'word') return words.length;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = words.filter((w) => !/\p{Script=Han}/u.test(w)).length;
  return han + latin;
}

export function readingMinutes(text: string, lang: Lang): number {
  const { unit, perMinute } = language(lang).reading;
  return Math.max(1, Math.round(readingUnits(text, unit) / perMinute));
}

/** Minutes left when a fraction (0–1) of the chapter has been scrolled past; 0 at the end. */
export function minutesLeft(total: number, fraction: number): number {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  return Math.ceil(total * (1 - f));
}
