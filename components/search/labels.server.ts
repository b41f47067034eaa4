import { getT, messages } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/langs';
import type { SearchLabels } from './labels';

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
