import { describe, expect, it } from 'vitest';
import { isLang, langs, language, otherLangs, pickLang } from '@/lib/i18n/langs';
import { en } from '@/lib/i18n/en';
import { zh } from '@/lib/i18n/zh';

describe('pickLang', () => {
  const pick = (prefs: string[]) => pickLang(prefs, langs, 'en');
  it('takes the first preference that is one of the book languages', () => {
    expect(pick(['zh-CN', 'en-US'])).toBe('zh');
    expect(pick(['fr-FR', 'en-GB', 'zh-TW'])).toBe('en');
    expect(pick(['de', 'zh-Hans-CN'])).toBe('zh');
  });
  it('falls back for anything else or nothing', () => {
    expect(pick(['fr', 'ja'])).toBe('en');
    expect(pick([])).toBe('en');
    expect(pick([''])).toBe('en');
  });
  it('works for any list of languages (a third edition)', () => {
    expect(pickLang(['fr-CA', 'zh'], ['zh', 'en', 'fr'], 'en')).toBe('fr');
    expect(pickLang(['de'], ['zh', 'en', 'fr'], 'zh')).toBe('zh');
  });
  it('runs as inlined source (the language chooser inlines it before paint)', () => {
    const inlined = new Function(`return (${pickLang.toString()})`)() as typeof pickLang;
    expect(inlined(['en-GB'], ['zh', 'en'], 'zh')).toBe('en');
  });
});

describe('isLang / otherLangs / language', () => {
  it('accepts only the book languages', () => {
    expect(isLang('zh')).toBe(true);
    expect(isLang('en')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
  it('lists the other editions', () => {
    expect(otherLangs('zh')).toEqual(['en']);
    expect(otherLangs('en')).toEqual(['zh']);
  });
  it('knows each edition\'s conventions', () => {
    expect(language('zh').htmlLang).toBe('zh-Hans');
    expect(language('zh').cjk).toBe(true);
    expect(language('en').citation.etAl).toBe(' et al.');
  });
});

describe('UI dictionaries', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
  it('have the same keys in both languages and no empty string', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
    for (const dict of [zh, en]) {
      const walk = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : walk(v as object)));
      expect(walk(dict).filter((s) => s.trim() === '')).toEqual([]);
    }
  });
});
