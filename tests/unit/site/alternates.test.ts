import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { siteUrl } from '@/lib/site';

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
  const files = built ? pages() : [];
  it.each(files.map((f) => [path.relative(out, f)]))('%s', (rel) => {
    const html = fs.readFileSync(path.join(out, rel), 'utf8');
    if (/<meta name="robots" content="noindex/.test(html) && !rel.startsWith('zh/') && !rel.startsWith('en/')) return;
    const links = [...html.matchAll(/<link rel="(canonical|alternate)"(?: hrefLang="([^"]+)")? href="([^"]+)"/g)];
    if (rel === 'index.html') return; // the language chooser itself
    expect(links.some((l) => l[1] === 'canonical')).toBe(true);
    expect(links.filter((l) => l[1] === 'alternate').map((l) => l[2]).sort()).toEqual(['en', 'x-default', 'zh-Hans']);
    for (const [, , , href] of links) expect(fileFor(href!), href).toBeDefined();
  });
});

describe('sitemap.xml', () => {
  it('lists every chapter page in both languages, each with alternates that exist', () => {
    const xml = fs.readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const alternates = [...xml.matchAll(/hreflang="[^"]+" href="([^"]+)"/g)].map((m) => m[1]!);
    const chapterPages = pages().filter((f) => /^(zh|en)\/(?!search\/|print\/)[^/]+\/index\.html$|^(zh|en)\/index\.html$/.test(path.relative(out, f)));
    expect(locs).toHaveLength(chapterPages.length);
    for (const url of [...locs, ...alternates]) expect(fileFor(url), url).toBeDefined();
  });
});
