export const langs = ['zh', 'en'] as const;
export type Lang = (typeof langs)[number];

/** BCP 47 tags for <html lang>: Simplified Chinese script, so fonts and screen readers pick zh-Hans. */
export const htmlLang: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (langs as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/**
 * Picks the book language for a visitor from the browser's ordered language list:
 * the first zh-* or en-* entry wins; anything else falls back to English.
 */
export function pickLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'en';
}
