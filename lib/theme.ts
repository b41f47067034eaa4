export const THEME_KEY = 'theme';

/**
 * Runs in <head> before the first paint, so the page never flashes the wrong theme: a stored
 * choice wins, otherwise the system preference. Kept tiny and dependency-free on purpose.
 */
export const themeScript = `(function(){try{var s=localStorage.getItem('${THEME_KEY}');var d=s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches;document.documentElement.classList.toggle('dark',d)}catch(e){}})()`;
