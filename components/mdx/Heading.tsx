import type { ComponentProps } from 'react';
import { anchorId, interactive, type RenderTarget } from '@/lib/render-target';

type Labels = { anchor: string; copy: string; copied: string };

/**
 * h2/h3 with a "#" anchor and a copy-link button: with a mouse they appear on hover and on
 * keyboard focus and take no space (app/globals.css, .heading-tools); on touch screens, which
 * cannot hover, they are always shown, small, after the title. The anchor is a plain link, so it
 * works without JavaScript; the button is static markup that
 * components/article/ArticleActions.client.tsx brings to life (the article is never hydrated).
 */
export function makeHeading(Tag: 'h2' | 'h3', labels: Labels, { chapter, target, numbers }: { chapter: string; target: RenderTarget; numbers: ReadonlyMap<string, string> }) {
  return function Heading({ id, children: text, ...props }: ComponentProps<'h2'>) {
    if (!id) return <Tag {...props}>{text}</Tag>;
    const number = numbers.get(id);
    const children = number ? (
      <>
        <span className="section-number">{number}</span> {text}
      </>
    ) : (
      text
    );
    if (!interactive(target)) {
      return (
        <Tag id={anchorId(target, chapter, id)} {...props}>
          {children}
        </Tag>
      );
    }
    return (
      <Tag id={id} {...props} className="group relative">
        {children}
        <span className="heading-tools ml-2 inline-flex items-center gap-1 align-middle opacity-0 transition-opacity group-hover:opacity-100 focus-within:opacity-100 print:hidden">
          <a href={`#${id}`} aria-label={labels.anchor} title={labels.anchor} className="heading-anchor text-base font-normal text-slate-500 no-underline dark:text-slate-400 hover:text-sky-700 dark:hover:text-sky-300">
            #
          </a>
          <button
            type="button"
            data-copy-link={id}
            data-done={labels.copied}
            aria-label={labels.copy}
            title={labels.copy}
            data-testid="copy-link"
            className="js-only rounded p-1 text-slate-500 hover:text-sky-700 dark:text-slate-400 focus-visible:opacity-100 dark:hover:text-sky-300"
          >
            <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
              <path
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"
              />
            </svg>
          </button>
        </span>
      </Tag>
    );
  };
}
