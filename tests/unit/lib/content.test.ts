import { describe, expect, it } from 'vitest';
import { bookOrder } from '@/lib/content';

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
