import type { ComponentProps } from 'react';
import { withBase } from '@/lib/site';

/**
 * A link inside the book: a plain <a> with the base path. Every page is a complete static
 * document whose article lives only in its HTML, not in React's payload (see
 * components/article/ArticleHtml.tsx), so following a link loads the next page; the client
 * router would fetch a payload without the text.
 */
export function BookLink({ href, ...props }: Omit<ComponentProps<'a'>, 'href'> & { href: string }) {
  // Same-document links (the print edition's) carry no path to prefix.
  return <a href={href.startsWith('/') ? withBase(href) : href} {...props} />;
}
