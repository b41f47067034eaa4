import type { TFunction } from 'i18next';

/** "第1章" / "Chapter 1", "附录A" / "Appendix A", or nothing for an unnumbered chapter. */
export function chapterLabel(t: TFunction, number: string | null): string {
  if (number === null) return '';
  return /^\d+$/.test(number) ? t('nav.chapterLabel', { n: number }) : t('nav.appendixLabel', { n: number });
}

/** "Chapter 2: Algorithmic Principles" / "第2章 AI大模型的算法原理"; just the title when unnumbered. */
export function chapterTitle(t: TFunction, number: string | null, title: string): string {
  const label = chapterLabel(t, number);
  return label ? t('nav.labelledTitle', { label, title }) : title;
}
