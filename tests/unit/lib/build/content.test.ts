import { describe, expect, it } from 'vitest';
import { bookOrder, checkBook, editionsOf, type Edition } from '@/lib/build/content';
import { languages } from '@/lib/i18n/langs';
import { ContentError } from '@/lib/mdx/pipeline';

const book = (name: string) => `tests/fixtures/books/${name}`;

describe('bookOrder', () => {
  it('publishes the real book with chapter 1 first', () => {
    expect(bookOrder()[0]?.slug).toBe('large-model-overview');
  });
  it('stops on a chapter that exists in one language only, naming the missing file', () => {
    expect(() => bookOrder(book('chapter-in-one-language-only'))).toThrow(
      'content/en/large-model-overview.mdx is missing: chapter "large-model-overview" exists only in zh',
    );
  });
  it('stops on a chapter file the table of contents does not know', () => {
    expect(() => bookOrder(book('file-not-in-toc'))).toThrow('content/zh/my-notes.mdx: "my-notes" is not a chapter in content/toc.ts');
  });
});

describe('a book with a third, optional language (languages are data)', () => {
  // A pseudo-language beside the real two: required ones must have every chapter, an optional
  // one publishes what it has, and every edition is held to the same headings.
  const withXx: Edition[] = [...languages, { code: 'xx', required: false }];
  it('publishes a chapter in the optional language only where its file exists', () => {
    expect(bookOrder(book('third-language'), withXx).map((c) => c.slug)).toEqual(['summary-and-outlook', 'references']);
    expect(editionsOf('summary-and-outlook', book('third-language'), withXx)).toEqual(['zh', 'en', 'xx']);
    expect(editionsOf('references', book('third-language'), withXx)).toEqual(['zh', 'en']);
  });
  it('compiles and checks every chapter in all three languages', async () => {
    // overview ×3, summary ×3, references ×2
    expect(await checkBook(book('third-language'), withXx)).toEqual({ documents: 8 });
  });
  it('stops where the third language\'s headings differ, naming its file and line', async () => {
    const error = await checkBook(book('third-language-headings-differ'), withXx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(
      /^tests\/fixtures\/books\/third-language-headings-differ\/xx\/summary-and-outlook\.mdx:9:1: Headings differ between languages at #2: zh has "2:lessons", xx has "2:lesson-list"/,
    );
  });
  it('without the optional language, the same book is the two-language book', () => {
    expect(bookOrder(book('third-language')).map((c) => c.slug)).toEqual(['summary-and-outlook', 'references']);
  });
});
