import type { ComponentProps } from 'react';
import { CopyButton } from '../CopyButton.client';

type Labels = { copy: string; copied: string; copyLabel: string };

/** Shiki's <pre> inside a figure with the language and a copy button. */
export function makePre(labels: Labels) {
  return function Pre(props: ComponentProps<'pre'> & { 'data-language'?: string }) {
    const language = props['data-language'];
    return (
      <figure className="not-prose my-6 overflow-hidden rounded-lg border border-slate-200 dark:border-slate-700">
        <figcaption className="flex items-center justify-between border-b border-slate-200 bg-slate-50 px-3 py-1 dark:border-slate-700 dark:bg-slate-900">
          <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{language}</span>
          <CopyButton label={labels.copyLabel} copy={labels.copy} copied={labels.copied} />
        </figcaption>
        <pre {...props} className={`${props.className ?? ''} overflow-x-auto p-4`} />
      </figure>
    );
  };
}
