import { describe, expect, it } from 'vitest';
import { printHref, printId } from '@/lib/print-links';

describe('printHref', () => {
  it('turns a link to another chapter section into an in-document anchor', () => {
    expect(printHref('/zh/algorithm-principles/#attention-mechanism', 'zh', 'large-model-overview')).toBe('#algorithm-principles--attention-mechanism');
  });
  it('turns a link to a chapter into a link to its title', () => {
    expect(printHref('/en/case-studies/', 'en', 'x')).toBe('#case-studies');
  });
  it('prefixes same-page anchors with the current chapter', () => {
    expect(printHref('#foundation-models', 'en', 'large-model-overview')).toBe(`#${printId('large-model-overview', 'foundation-models')}`);
  });
  it('leaves external links and other pages alone', () => {
    expect(printHref('https://arxiv.org/abs/1706.03762', 'en', 'x')).toBe('https://arxiv.org/abs/1706.03762');
    expect(printHref('/en/search/?q=x', 'en', 'x')).toBe('/en/search/?q=x');
    expect(printHref('/zh/references/#ref-a2020', 'en', 'x')).toBe('/zh/references/#ref-a2020');
  });
});
