import { BookLink as Link } from '@/components/BookLink';
import type { ComponentProps } from 'react';

/** Book-internal links (already language-prefixed by the pipeline) go through next/link, which adds the base path. */
export function A({ href = '', ...props }: ComponentProps<'a'>) {
  if (href.startsWith('/')) return <Link href={href} {...props} />;
  if (href.startsWith('#')) return <a href={href} {...props} />;
  return <a href={href} rel="noopener" {...props} />;
}
