import { describe, expect, it } from 'vitest';
import { isLang, otherLang, pickLang } from '@/lib/i18n/langs';
import { en } from '@/lib/i18n/en';
import { zh } from '@/lib/i18n/zh';

describe('pickLang', () => {
  it('takes the first Chinese or English preference', () => {
    expect(pickLang(['zh-CN', 'en-US'])).toBe('zh');
    expect(pickLang(['fr-FR', 'en-GB', 'zh-TW'])).toBe('en');
    expect(pickLang(['de', 'zh-Hans-CN'])).toBe('zh');
  });
  it('falls back to English for anything else or nothing', () => {
    expect(pickLang(['fr', 'ja'])).toBe('en');
    expect(pickLang([])).toBe('en');
    expect(pickLang([''])).toBe('en');
  });
});

describe('isLang / otherLang', () => {
  it('accepts only the book languages', () => {
    expect(isLang('zh')).toBe(true);
    expect(isLang('en')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
  it('switches between them', () => {
    expect(otherLang('zh')).toBe('en');
    expect(otherLang('en')).toBe('zh');
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
