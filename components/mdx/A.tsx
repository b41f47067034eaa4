import { BookLink as Link } from '@/components/BookLink';
import type { ComponentProps } from 'react';
import { printHref } from '@/lib/print-links';

/** Book-internal links (already language-prefixed by the pipeline) get the base path. */
export function A({ href = '', ...props }: ComponentProps<'a'>) {
  if (href.startsWith('/')) return <Link href={href} {...props} />;
  if (href.startsWith('#')) return <a href={href} {...props} />;
  return <a href={href} rel="noopener" {...props} />;
}

/** On the print page, book links point inside the one document (see lib/print-links.ts). */
export function makePrintA(lang: string, chapter: string) {
  return function PrintA({ href = '', ...props }: ComponentProps<'a'>) {
    const target = printHref(href, lang, chapter);
    return <a href={target} {...(target.startsWith('http') ? { rel: 'noopener' } : {})} {...props} />;
  };
}
