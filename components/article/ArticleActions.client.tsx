'use client';

import { useEffect, useState } from 'react';

const SHOWN_MS = 2000;

/**
 * The article's buttons (copy code, copy a section's link) are static HTML inside text React
 * never hydrates; this one listener serves all of them, so their cost does not grow with the
 * chapter. It also owns the page's one announced status message (a toast for "Link copied").
 * Until it runs, html:not([data-actions]) .js-only keeps those buttons invisible (no dead
 * buttons without JavaScript, and no layout shift when they appear).
 */
export function ArticleActions() {
  const [message, setMessage] = useState('');
  const [toast, setToast] = useState(false);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.actions = '';
    const timers = new Map<Element, ReturnType<typeof setTimeout>>();
    let clear: ReturnType<typeof setTimeout> | undefined;

    const onClick = async (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.('button[data-copy-code], button[data-copy-link]');
      if (!(button instanceof HTMLButtonElement)) return;
      const link = button.dataset.copyLink;
      const text = link !== undefined ? `${location.origin}${location.pathname}#${link}` : (button.closest('figure')?.querySelector('pre code')?.textContent ?? '');
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        return; // clipboard refused (insecure context, no permission): the text stays selectable
      }
      const done = button.dataset.done ?? '';
      if (link === undefined) {
        // The code button says "Copied" in place for a moment.
        const label = timers.has(button) ? undefined : button.textContent;
        button.textContent = done;
        clearTimeout(timers.get(button));
        timers.set(
          button,
          setTimeout(() => {
            if (label !== undefined && label !== null) button.textContent = label;
            timers.delete(button);
          }, SHOWN_MS),
        );
      }
      setMessage(done);
      setToast(link !== undefined);
      clearTimeout(clear);
      clear = setTimeout(() => setMessage(''), SHOWN_MS);
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      clearTimeout(clear);
      for (const t of timers.values()) clearTimeout(t);
      delete root.dataset.actions;
    };
  }, []);

  return (
    <div role="status" data-testid="status" className={message && toast ? 'toast' : 'sr-only'}>
      {message}
    </div>
  );
}
