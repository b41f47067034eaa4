import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { checkLinks, scanPage, type PageLinks } from '@/lib/links';

// Every exported page (both languages, print pages, search pages, 404): zero broken links.
const out = path.resolve('out');
const htmlFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '_next' ? [] : htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });

describe('links in the exported site', () => {
  const files = fs.existsSync(out) ? htmlFiles(out) : [];
  const pages = new Map<string, PageLinks>();
  for (const f of files) {
    const rel = `/${path.relative(out, f)}`;
    const sitePath = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    pages.set(sitePath, scanPage(rel, fs.readFileSync(f, 'utf8')));
  }
  const pageAt = (p: string) => pages.get(p) ?? (fs.existsSync(path.join(out, p)) && fs.statSync(path.join(out, p)).isFile() ? ('file' as const) : undefined);

  it('covers both editions, print and 404 pages', () => {
    for (const p of ['/zh/', '/en/', '/zh/print/', '/en/print/', '/404.html', '/zh/references/']) expect(pages.has(p), p).toBe(true);
  });
  it.each([...pages.keys()].map((p) => [p]))('%s has no broken link', (p) => {
    const problems = checkLinks(pages.get(p)!, p, pageAt).map((x) => `${x.href} — ${x.reason}`);
    expect(problems).toEqual([]);
    expect(pages.get(p)!.hrefs.length).toBeGreaterThan(0);
  });
});
