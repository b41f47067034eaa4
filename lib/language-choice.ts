import { defaultLang, htmlLang, langs, pickLang } from './i18n/langs';

// Static hosting has no server to read Accept-Language, so both places that choose an edition
// for a visitor do it in the browser, before paint, from these scripts (one rule: pickLang).
const pick = `(${pickLang.toString()})`;
const data = (basePath: string) =>
  `var codes=${JSON.stringify(langs)},tags=${JSON.stringify(htmlLang)},fallback=${JSON.stringify(defaultLang)},base=${JSON.stringify(basePath)};` +
  'var prefs=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||""];';

/** The root page `/`: go to the visitor's edition, keeping ?query and #hash. */
export function chooserRedirectScript(basePath: string): string {
  return `(function(){try{${data(basePath)}var l=${pick}(prefs,codes,fallback);location.replace(base+"/"+l+"/"+location.search+location.hash)}catch(e){}})()`;
}

/**
 * The one 404 page carries every edition: show the one the address starts with (/zh/…), else the
 * visitor's own (html[data-lang] selects it in CSS).
 */
export function notFoundLanguageScript(basePath: string): string {
  return (
    `(function(){try{${data(basePath)}var seg=location.pathname.slice(base.length).split("/")[1]||"";` +
    'var l=codes.indexOf(seg)>=0?seg:' +
    `${pick}(prefs,codes,fallback);` +
    'document.documentElement.setAttribute("data-lang",l);document.documentElement.lang=tags[l]}catch(e){}})()'
  );
}
