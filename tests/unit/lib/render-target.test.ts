import { describe, expect, it } from 'vitest';
import { anchorId, chapterHref, interactive, textHref } from '@/lib/render-target';

describe('web pages', () => {
  it('keep ids and address other chapters by their page', () => {
    expect(anchorId('web', 'case-studies', 'openai')).toBe('openai');
    expect(chapterHref('web', 'zh', 'case-studies', 'openai')).toBe('/zh/case-studies/#openai');
    expect(textHref('web', 'zh', 'x', '/zh/case-studies/#openai')).toBe('/zh/case-studies/#openai');
    expect(interactive('web')).toBe(true);
  });
});

describe('the one-page print edition', () => {
  it('prefixes ids with their chapter and links inside the document', () => {
    expect(anchorId('print', 'case-studies', 'openai')).toBe('case-studies--openai');
    expect(chapterHref('print', 'zh', 'case-studies', 'openai')).toBe('#case-studies--openai');
    expect(chapterHref('print', 'zh', 'case-studies')).toBe('#case-studies');
    expect(textHref('print', 'zh', 'x', '/zh/case-studies/#openai')).toBe('#case-studies--openai');
    expect(textHref('print', 'zh', 'x', '#local')).toBe('#x--local');
    expect(textHref('print', 'zh', 'x', 'https://arxiv.org/')).toBe('https://arxiv.org/');
    expect(interactive('print')).toBe(false);
  });
});
