import { getT, messages } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/langs';

/** UI strings the search components need, resolved on the server (no i18n code in the browser). */
export type SearchLabels = {
  open: string;
  placeholder: string;
  shortcut: string;
  close: string;
  loading: string;
  failed: string;
  /** Templates with {{count}} / {{query}} left in, filled by fill() in the browser. */
  resultsOne: string;
  resultsOther: string;
  none: string;
  hint: string;
  submit: string;
  keys: string;
  otherEdition: { zh: string; en: string };
};

export function searchLabels(lang: Lang): SearchLabels {
  const t = getT(lang);
  // Templates come raw from the dictionary: their placeholders are filled in the browser.
  const raw = messages(lang).search;
  return {
    open: t('search.open'),
    placeholder: t('search.placeholder'),
    shortcut: t('search.shortcut'),
    close: t('search.close'),
    loading: t('search.loading'),
    failed: t('search.failed'),
    resultsOne: raw.resultsOne,
    resultsOther: raw.resultsOther,
    none: raw.none,
    hint: t('search.hint'),
    submit: t('search.submit'),
    keys: t('search.keys'),
    otherEdition: { zh: t('search.otherEditionZh'), en: t('search.otherEditionEn') },
  };
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

export function resultCount(labels: SearchLabels, lang: string, count: number): string {
  const one = new Intl.PluralRules(lang).select(count) === 'one';
  return fill(one ? labels.resultsOne : labels.resultsOther, { count });
}
