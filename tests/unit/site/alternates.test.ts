import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { siteUrl } from '@/lib/site';
import { htmlLang, langs } from '@/lib/i18n/langs';

// Reads the exported site: npm test builds it first.
const out = path.resolve('out');
const built = fs.existsSync(path.join(out, 'index.html'));

function pages(dir = out): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '_next' ? [] : pages(p);
    return e.name === 'index.html' ? [p] : [];
  });
}

/** The exported file that answers a public URL, or undefined. */
function fileFor(url: string): string | undefined {
  if (!url.startsWith(`${siteUrl}/`)) return undefined;
  const rel = url.slice(siteUrl.length).split('#')[0]!;
  const file = rel.endsWith('/') ? path.join(out, rel, 'index.html') : path.join(out, rel);
  return fs.existsSync(file) ? file : undefined;
}

describe('exported pages declare alternates that exist', () => {
  it('the site has been built', () => expect(built, 'run npm run build first').toBe(true));
  // Every page of an edition (/zh/…, /en/…); the language chooser and the 404 page belong to none.
  const files = built ? pages().filter((f) => langs.some((l) => path.relative(out, f).startsWith(`${l}/`))) : [];
  it('finds the pages of every edition', () => expect(files.length).toBeGreaterThan(langs.length * 10));
  it.each(files.map((f) => [path.relative(out, f)]))('%s', (rel) => {
    const html = fs.readFileSync(path.join(out, rel), 'utf8');
    const links = [...html.matchAll(/<link rel="(canonical|alternate)"(?: hrefLang="([^"]+)")? href="([^"]+)"/g)];
    expect(links.some((l) => l[1] === 'canonical')).toBe(true);
    expect(links.filter((l) => l[1] === 'alternate').map((l) => l[2]).sort()).toEqual([...Object.values(htmlLang), 'x-default'].sort());
    for (const [, , , href] of links) expect(fileFor(href!), href).toBeDefined();
  });
});

describe('sitemap.xml', () => {
  it('lists every chapter page in both languages, each with alternates that exist', () => {
    const xml = fs.readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const alternates = [...xml.matchAll(/hreflang="[^"]+" href="([^"]+)"/g)].map((m) => m[1]!);
    const page = new RegExp(`^(${langs.join('|')})/((?!search/|print/)[^/]+/)?index\\.html$`);
    const chapterPages = pages().filter((f) => page.test(path.relative(out, f)));
    expect(locs).toHaveLength(chapterPages.length);
    for (const url of [...locs, ...alternates]) expect(fileFor(url), url).toBeDefined();
  });
});
