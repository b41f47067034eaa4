import type { ReactNode } from 'react';

// Small pieces every live widget draws the same way. Plain components without hooks: each
// widget's chunk bundles what it uses (a few hundred bytes).

/**
 * A widget's box: its title and the one line that says what it shows. The live widget passes its
 * chunk marker; the static fallback passes the note that JavaScript would make it interactive.
 */
export function WidgetFrame({ islandId, title, context, staticNote, children }: { islandId?: string; title: string; context: string; staticNote?: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700" data-island-id={islandId}>
      <p className="mb-1 font-semibold text-slate-900 dark:text-white">{title}</p>
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{context}</p>
      {children}
      {staticNote && <p className="screen-only js-hint mt-2 text-xs text-slate-500 dark:text-slate-400">{staticNote}</p>}
    </div>
  );
}

/** The result in words, read out politely by screen readers whenever it changes. */
export function LiveSummary({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <p className="mt-3 text-sm" aria-live="polite" data-testid={testId}>
      {children}
    </p>
  );
}

/** A horizontal bar for a share in [0, 1]; decorative, the number beside it says the same. */
export function Bar({ value, strong }: { value: number; strong?: boolean }) {
  return (
    <span className="block h-3 overflow-hidden rounded-sm bg-slate-100 dark:bg-slate-800" aria-hidden="true">
      <span className={`block h-full ${strong ? 'bg-sky-700 dark:bg-sky-400' : 'bg-sky-400/70 dark:bg-sky-700'}`} style={{ width: `${Math.max(0, Math.min(1, value)) * 100}%` }} />
    </span>
  );
}

/** A static fallback's table: scrolls sideways on a phone (and can be focused to do so), caption below. */
export function FallbackTable({ caption, className = '', children }: { caption: string; className?: string; children: ReactNode }) {
  return (
    <div className={`overflow-x-auto ${className}`} tabIndex={0}>
      <table className="w-full text-sm tabular-nums">
        <caption className="caption-bottom pt-2 text-left text-xs text-slate-600 dark:text-slate-400">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
