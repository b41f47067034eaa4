import type { ComponentProps } from 'react';
import { CopyLinkButton } from '../CopyLinkButton.client';
import { printId } from '@/lib/print-links';

type Labels = { anchor: string; copy: string; copied: string };

/**
 * h2/h3 with a "#" anchor and a copy-link button, shown on hover and on keyboard focus. The
 * anchor is a plain link, so it works without JavaScript; the button copies the full URL.
 */
export function makeHeading(Tag: 'h2' | 'h3', labels: Labels, print?: { chapter: string }) {
  return function Heading({ id, children, ...props }: ComponentProps<'h2'>) {
    if (!id) return <Tag {...props}>{children}</Tag>;
    if (print) {
      return (
        <Tag id={printId(print.chapter, id)} {...props}>
          {children}
        </Tag>
      );
    }
    return (
      <Tag id={id} {...props} className="group relative">
        {children}
        <span className="ml-2 inline-flex items-center gap-1 align-middle opacity-0 transition-opacity group-hover:opacity-100 focus-within:opacity-100 print:hidden">
          <a href={`#${id}`} aria-label={labels.anchor} title={labels.anchor} className="heading-anchor text-base font-normal text-slate-500 no-underline dark:text-slate-400 hover:text-sky-700 dark:hover:text-sky-300">
            #
          </a>
          <CopyLinkButton id={id} label={labels.copy} copied={labels.copied} />
        </span>
      </Tag>
    );
  };
}
