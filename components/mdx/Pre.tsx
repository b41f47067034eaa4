import type { ComponentProps } from 'react';

type Labels = { copy: string; copied: string; copyLabel: string };

/**
 * Shiki's <pre> inside a figure with the language and a copy button. The button is static
 * markup; components/article/ArticleActions.client.tsx handles its clicks for the whole page.
 */
export function makePre(labels: Labels) {
  return function Pre(props: ComponentProps<'pre'> & { 'data-language'?: string }) {
    const language = props['data-language'];
    return (
      <figure className="not-prose my-6 overflow-hidden rounded-lg border border-slate-200 dark:border-slate-700">
        <figcaption className="flex items-center justify-between border-b border-slate-200 bg-slate-50 px-3 py-1 dark:border-slate-700 dark:bg-slate-900">
          <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{language}</span>
          <button
            type="button"
            data-copy-code=""
            data-done={labels.copied}
            aria-label={labels.copyLabel}
            className="js-only rounded px-2 py-0.5 text-xs text-slate-600 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-700"
          >
            {labels.copy}
          </button>
        </figcaption>
        <pre {...props} className={`${props.className ?? ''} overflow-x-auto p-4`} />
      </figure>
    );
  };
}
