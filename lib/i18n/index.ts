import i18next, { type TFunction } from 'i18next';
import { en } from './en';
import { zh } from './zh';
import type { Lang } from './langs';

export const resources = { en: { translation: en }, zh: { translation: zh } } as const;

// One synchronous instance for the whole (server-side) render: UI strings are resolved at
// build time and handed to client components as props, so no i18n code ships to the browser.
const instance = i18next.createInstance();
void instance.init({
  resources,
  initAsync: false,
  fallbackLng: false,
  interpolation: { escapeValue: false }, // React escapes
  saveMissing: true,
  missingKeyHandler: (lngs, _ns, key) => {
    throw new Error(`Missing UI string "${key}" for ${lngs.join(', ')} (lib/i18n/${lngs[0]}.ts)`);
  },
});

export function getT(lang: Lang): TFunction {
  return instance.getFixedT(lang);
}

/** The raw dictionary, for strings whose {{placeholders}} are filled in the browser. */
export function messages(lang: Lang) {
  return resources[lang].translation;
}
