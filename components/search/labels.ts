// Shared by server and browser: keep it free of i18next (searchLabels lives in labels.server.ts).

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

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

export function resultCount(labels: SearchLabels, lang: string, count: number): string {
  const one = new Intl.PluralRules(lang).select(count) === 'one';
  return fill(one ? labels.resultsOne : labels.resultsOther, { count });
}
