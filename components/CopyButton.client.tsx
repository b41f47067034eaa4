'use client';

import { useClipboard } from './useClipboard';

export function CopyButton({ label, copy, copied }: { label: string; copy: string; copied: string }) {
  const [done, copyText] = useClipboard();
  function onClick(event: React.MouseEvent<HTMLButtonElement>) {
    const code = event.currentTarget.closest('figure')?.querySelector('pre code');
    if (code) void copyText(code.textContent ?? '');
  }
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={label}
      className="rounded px-2 py-0.5 text-xs text-slate-600 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-700"
    >
      <span aria-live="polite">{done ? copied : copy}</span>
    </button>
  );
}
