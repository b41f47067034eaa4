'use client';

import { useClipboard } from './useClipboard';

/** Copies the full URL of a section ({site}/{lang}/{chapter}/#{id}) and confirms in a short, announced toast. */
export function CopyLinkButton({ id, label, copied }: { id: string; label: string; copied: string }) {
  const [done, copyText] = useClipboard();
  // Without clipboard permission the # anchor next to the button still offers the link.
  const copy = () => copyText(`${window.location.origin}${window.location.pathname}#${id}`);
  return (
    <>
      <button
        type="button"
        onClick={copy}
        aria-label={label}
        title={label}
        data-testid="copy-link"
        className="rounded p-1 text-slate-500 hover:text-sky-700 dark:text-slate-400 focus-visible:opacity-100 dark:hover:text-sky-300"
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
      <span role="status" className={done ? 'toast' : 'sr-only'}>
        {done ? copied : ''}
      </span>
    </>
  );
}
