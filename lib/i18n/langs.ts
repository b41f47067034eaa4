/**
 * The book's languages, as data. Everything that differs between editions and is not a UI string
 * (those are in lib/i18n/<code>.ts) is decided here, so a third edition is one entry in this list,
 * one string file and its content folder: no `lang === 'zh'` anywhere else.
 */
export type LanguageInfo = {
  /** URL segment and content folder: content/<code>/, /<code>/… */
  code: string;
  /** BCP 47 tag for <html lang>, hreflang and the sitemap (zh-Hans: fonts and screen readers pick Simplified Chinese). */
  htmlLang: string;
  /** Open Graph locale. */
  ogLocale: string;
  /** Locale for numbers and dates (Intl). */
  locale: string;
  /** Collation for sorted lists (the glossary, Appendix B): Chinese by pinyin. */
  collation: string;
  /** Written in a CJK script: needs a CJK font (PDF) and counts reading time by characters. */
  cjk: boolean;
  /** Font stack for documents rendered outside the site's CSS (PDF header/footer). */
  documentFont: string;
  /** In-text citation: "（Vaswani 等，2017）" / " (Vaswani et al., 2017)". */
  citation: { open: string; separator: string; close: string; etAl: string; and: string; yearSeparator: string };
  /** Reading speed for time estimates: Chinese is read by characters, English by words. */
  reading: { unit: 'char' | 'word'; perMinute: number };
  /**
   * Every chapter must exist in a required language (a missing file stops the build); an optional
   * language publishes a chapter when its file exists.
   */
  required: boolean;
};

export const languages = [
  {
    code: 'zh',
    htmlLang: 'zh-Hans',
    ogLocale: 'zh_CN',
    locale: 'zh-CN',
    collation: 'zh-Hans-u-co-pinyin',
    cjk: true,
    documentFont: "'Noto Sans CJK SC', sans-serif",
    citation: { open: '（', separator: '；', close: '）', etAl: ' 等', and: ' 和 ', yearSeparator: '，' },
    // Adult readers of Chinese non-fiction: about 400–500 characters a minute; technical text is slower.
    reading: { unit: 'char', perMinute: 400 },
    required: true,
  },
  {
    code: 'en',
    htmlLang: 'en',
    ogLocale: 'en_US',
    locale: 'en-US',
    collation: 'en',
    cjk: false,
    documentFont: 'Georgia, serif',
    citation: { open: ' (', separator: '; ', close: ')', etAl: ' et al.', and: ' & ', yearSeparator: ', ' },
    // Silent reading of English non-fiction averages about 238 words a minute (Brysbaert 2019); technical text is slower.
    reading: { unit: 'word', perMinute: 200 },
    required: true,
  },
] as const satisfies readonly LanguageInfo[];

export type Lang = (typeof languages)[number]['code'];
export const langs: readonly Lang[] = languages.map((l) => l.code);

/** The edition a visitor gets when none of their browser's languages is one of the book's. */
export const defaultLang: Lang = 'en';

const byCode = new Map<string, LanguageInfo>(languages.map((l) => [l.code, l]));

export function language(lang: Lang): LanguageInfo {
  return byCode.get(lang)!;
}

export const htmlLang = Object.fromEntries(languages.map((l) => [l.code, l.htmlLang])) as Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && byCode.has(value);
}

/** The other editions of the book, in the list's order (the language switch offers each). */
export function otherLangs(lang: Lang): Lang[] {
  return langs.filter((l) => l !== lang);
}

/**
 * Picks the book language for a visitor from the browser's ordered language list: the first
 * entry whose primary subtag is one of `codes` wins; otherwise `fallback`. Self-contained (no
 * outer names) because the language chooser inlines its source as a script before paint.
 */
export function pickLang<L extends string>(preferred: readonly string[], codes: readonly L[], fallback: L): L {
  for (const tag of preferred) {
    const base = String(tag).toLowerCase().split('-')[0];
    for (const code of codes) if (code === base) return code;
  }
  return fallback;
}
