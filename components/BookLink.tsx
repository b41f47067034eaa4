import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * next/link without viewport prefetching. A chapter's sidebar shows links to every chapter, and
 * prefetching them all downloaded about 200 KB (gzip) of other chapters on every page load;
 * readers follow one link at a time, and a static chapter payload arrives fast enough on click.
 */
export function BookLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
