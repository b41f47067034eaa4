import { describe, expect, it } from 'vitest';
import { parseAuthorLink, parseRoute, pathAfterLang, routes } from '@/lib/routes';

describe('routes build the public addresses', () => {
  it('of every page type', () => {
    expect(routes.home('zh')).toBe('/zh/');
    expect(routes.chapter('en', 'case-studies')).toBe('/en/case-studies/');
    expect(routes.chapter('en', 'case-studies', 'openai')).toBe('/en/case-studies/#openai');
    expect(routes.print('zh')).toBe('/zh/print/');
    expect(routes.search('zh', '注意力 & BERT')).toBe('/zh/search/?q=%E6%B3%A8%E6%84%8F%E5%8A%9B%20%26%20BERT');
    expect(routes.search('en')).toBe('/en/search/');
    expect(routes.reference('en', 'vaswani2017')).toBe('/en/references/#ref-vaswani2017');
  });
});

describe('parseRoute reads them back', () => {
  it('round-trips what routes builds', () => {
    expect(parseRoute(routes.home('zh'))).toEqual({ kind: 'home', lang: 'zh' });
    expect(parseRoute(routes.chapter('en', 'a-b', 'c-d'))).toEqual({ kind: 'chapter', lang: 'en', chapter: 'a-b', section: 'c-d' });
    expect(parseRoute(routes.chapter('en', 'a-b'))).toEqual({ kind: 'chapter', lang: 'en', chapter: 'a-b', section: undefined });
    expect(parseRoute(routes.search('zh', 'x'))).toEqual({ kind: 'search', lang: 'zh' });
    expect(parseRoute(routes.print('en'))?.kind).toBe('print');
  });
  it('rejects what is not a book page', () => {
    for (const href of ['', '/', 'zh/x/', '/zh/x', '/zh/x/y/', '/_next/static/a.js', '/zh/search-index.json', 'https://example.org/zh/x/', '/ZH/x/', '/zh/x y/'])
      expect(parseRoute(href), href).toBeUndefined();
  });
});

describe('author links in MDX', () => {
  it('are /chapter/ or /chapter/#section without a language', () => {
    expect(parseAuthorLink('/case-studies/')).toEqual({ chapter: 'case-studies' });
    expect(parseAuthorLink('/case-studies/#openai')).toEqual({ chapter: 'case-studies', section: 'openai' });
    expect(parseAuthorLink('/zh/case-studies/')).toBeUndefined();
    expect(parseAuthorLink('case-studies/')).toBeUndefined();
  });
});

it('pathAfterLang keeps the part shared by all editions', () => {
  expect(pathAfterLang('/zh/case-studies/')).toBe('case-studies/');
  expect(pathAfterLang('/en/')).toBe('');
});
