import { describe, expect, it } from 'vitest';
import { checkLinks, scanPage } from '@/lib/links';

const a = scanPage('a.html', '<h2 id="one">x</h2><a href="#one">ok</a><a href="#two">bad</a><a href="/b/#b1">ok</a><a href="/b/#nope">bad</a><a href="/c/">bad</a><a href="http://x.org">bad</a><a href="https://arxiv.org/abs/1706.03762">ok</a><script>{"href":"/nowhere/"}</script>');
const b = scanPage('b.html', '<p id="b1">y</p>');
const pageAt = (p: string) => (p === '/b/' ? b : p === '/og/x.jpg' ? ('file' as const) : undefined);

describe('checkLinks', () => {
  it('reports missing pages, missing ids and non-https external links, and nothing else', () => {
    expect(checkLinks(a, '/a/', pageAt).map((p) => `${p.href}: ${p.reason}`)).toEqual([
      '#two: no id "two" on the target page',
      '/b/#nope: no id "nope" on the target page',
      '/c/: no such page',
      'http://x.org: external links must use https',
    ]);
  });
  it('ignores markup inside scripts', () => {
    expect(a.hrefs).not.toContain('/nowhere/');
  });
  it('decodes percent-encoded fragments and flags malformed ones', () => {
    const p = scanPage('p.html', '<h2 id="注意">x</h2><a href="#%E6%B3%A8%E6%84%8F">ok</a><a href="#%E6%B3">bad</a>');
    expect(checkLinks(p, '/p/', () => undefined).map((x) => x.reason)).toEqual(['malformed fragment']);
  });
});
