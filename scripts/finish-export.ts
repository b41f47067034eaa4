// After `next build`, two changes to every exported page (both part of the build: failing here
// fails it):
//  1. Each chapter's HTML goes into its pages. Pages carry an empty placeholder
//     (components/article/ArticleHtml.tsx) so that React's payload does not repeat the article;
//     here the same MDX components render the chapter to static markup, once, and fill every
//     placeholder (lib/article-slot.ts). A chapter page left without its text is an error.
//  2. The page's JavaScript is requested after its first paint (lib/defer-scripts.ts).
// Run by scripts/build.mjs and scripts/build-base-path.mjs: tsx scripts/finish-export.ts [outDir]
import fs from 'node:fs';
import path from 'node:path';

// lib/site.ts reads the base path when it is imported, and React picks its build from NODE_ENV:
// set both before importing anything that uses them (hence no JSX and no static imports here).
process.env.NEXT_PUBLIC_BASE_PATH ??= process.env.BASE_PATH ?? '';
(process.env as Record<string, string>).NODE_ENV ??= 'production';

const { createElement } = await import('react');
const { renderToStaticMarkup } = await import('react-dom/server');
const { bookOrder, loadChapter, OVERVIEW } = await import('../lib/build/content');
const { articleContext } = await import('../components/article/ArticleHtml');
const { langs, isLang } = await import('../lib/i18n/langs');
const { MdxContent } = await import('../components/mdx/MdxContent');
const { emptySlots, fillSlots, parseSlot, slotName } = await import('../lib/article-slot');
const { deferScripts } = await import('../lib/defer-scripts');

const outDir = path.resolve(process.argv[2] ?? 'out');
const started = Date.now();

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : []));
}

const pages = walk(outDir).map((file) => ({ file, html: fs.readFileSync(file, 'utf8') }));
const wanted = new Set(pages.flatMap((p) => emptySlots(p.html)));

// Render every chapter that some page asks for, once.
const order = bookOrder();
const slugs = new Set([OVERVIEW, ...order.map((c) => c.slug)]);
const rendered = new Map<string, string>();
for (const name of wanted) {
  const slot = parseSlot(name);
  if (!slot || !isLang(slot.lang) || !slugs.has(slot.slug)) throw new Error(`finish-export: no chapter for placeholder data-article="${name}"`);
  const doc = await loadChapter(slot.lang, slot.slug);
  rendered.set(name, renderToStaticMarkup(createElement(MdxContent, { code: doc.code, context: await articleContext(slot) })));
}

let filledPages = 0;
for (const page of pages) {
  const { html, filled } = fillSlots(page.html, (slot) => rendered.get(slotName(slot))!);
  if (filled.length > 0) filledPages += 1;
  try {
    fs.writeFileSync(page.file, deferScripts(html));
  } catch (error) {
    throw new Error(`${path.relative(process.cwd(), page.file)}: ${(error as Error).message}`);
  }
}

// Every chapter page must now have its own text (a page left empty is a broken book).
for (const lang of langs) {
  for (const { slug } of order) {
    const file = path.join(outDir, lang, slug, 'index.html');
    const html = fs.readFileSync(file, 'utf8');
    if (emptySlots(html).length > 0 || !html.includes(`data-article="web/${lang}/${slug}"`)) {
      throw new Error(`finish-export: ${path.relative(process.cwd(), file)} has no article text`);
    }
  }
}
console.log(`finish-export: ${rendered.size} articles rendered into ${filledPages} pages, scripts deferred on ${pages.length} pages, in ${Date.now() - started} ms`);

