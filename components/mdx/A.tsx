import { BookLink as Link } from '@/components/BookLink';
import type { ComponentProps } from 'react';
import { textHref, type RenderTarget } from '@/lib/render-target';

/**
 * Links in a chapter's text. Book-internal ones (already language-prefixed by the pipeline) get
 * the base path; on the print page they point inside the one document (lib/render-target.ts).
 */
export function makeA({ lang, chapter, target }: { lang: string; chapter: string; target: RenderTarget }) {
  return function A({ href = '', ...props }: ComponentProps<'a'>) {
    const to = textHref(target, lang, chapter, href);
    if (to.startsWith('/')) return <Link href={to} {...props} />;
    if (to.startsWith('#')) return <a href={to} {...props} />;
    return <a href={to} rel="noopener" {...props} />;
  };
}
