import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { bookOrder } from '@/lib/build/content';
import { htmlLang, langs } from '@/lib/i18n/langs';
import { routes } from '@/lib/routes';

// Every exported chapter page, read as HTML (what a reader without JavaScript, a crawler and the
// print path get): its outline sections as h2 ids in order, headings that never skip a level,
// typeset math without errors and no Markdown or MDX left in the prose.
const classes = (e: Element) => (Array.isArray(e.properties.className) ? (e.properties.className as string[]) : []);
const elements = (tree: Nodes, test: (e: Element) => boolean) => {
  const found: Element[] = [];
  visit(tree, 'element', (e: Element) => void (test(e) && found.push(e)));
  return found;
};
/** The text of prose only: code and typeset math may legitimately contain ** or $. */
function proseText(node: Nodes): string {
  let text = '';
  visit(node, (n) => {
    if (n.type === 'element' && (['pre', 'code', 'script', 'style'].includes(n.tagName) || classes(n).includes('katex'))) return SKIP;
    if (n.type === 'text') text += n.value;
  });
  return text;
}

const chapters = bookOrder();
describe.each(langs.flatMap((lang) => chapters.map((c) => [routes.chapter(lang, c.slug), lang, c] as const)))('%s', (url, lang, chapter) => {
  const file = path.join('out', url, 'index.html');
  const tree: Root = fs.existsSync(file) ? fromHtml(fs.readFileSync(file, 'utf8')) : fromHtml('');
  const [article] = elements(tree, (e) => e.tagName === 'article');

  it('is exported in its language', () => {
    expect(fs.existsSync(file), `${file} (run npm run build)`).toBe(true);
    expect(elements(tree, (e) => e.tagName === 'html')[0]?.properties.lang).toBe(htmlLang[lang]);
  });
  it('has every outline section as an h2 id, in order, and headings that never skip a level', () => {
    const ids = elements(article!, (e) => e.tagName === 'h2' && typeof e.properties.id === 'string').map((e) => e.properties.id);
    // Chapters whose outline lists no sections (the summary, Appendix B) name their own.
    if (chapter.sections.length > 0) expect(ids).toEqual([...chapter.sections]);
    const main = elements(tree, (e) => e.tagName === 'main')[0]!;
    const levels = elements(main, (e) => /^h[1-4]$/.test(e.tagName)).map((e) => Number(e.tagName[1]));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i + 1}`).toBeLessThanOrEqual(1);
  });
  it('has its math typeset without errors and no Markdown or MDX left in the prose', () => {
    expect(elements(article!, (e) => classes(e).includes('katex-error'))).toHaveLength(0);
    const text = proseText(article!);
    expect(text).not.toContain('**');
    expect(text).not.toContain('$$');
    expect(text).not.toMatch(/\{\/\*/);
  });
});
