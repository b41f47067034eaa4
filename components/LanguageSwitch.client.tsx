'use client';

import type { MouseEvent } from 'react';
import { currentHeadingId } from '@/lib/browser/active-heading';

/**
 * Links to the same page in the other language and keeps the reader's place: the section in
 * view (not just the URL's #hash) is appended when the link is followed, or the page's own
 * query and fragment where it has no sections. Without JavaScript it
 * is a plain link to the same chapter.
 */
export function LanguageSwitch({ href, hrefLang, label, text }: { href: string; hrefLang: string; label: string; text: string }) {
  function withSection(): string {
    const id = currentHeadingId();
    // Above the first section, or on a page without sections (search results, Appendix B), the
    // address itself is the place: its query (?q=) and fragment (#ref-…) are shared by all editions.
    return id ? `${href}#${id}` : `${href}${window.location.search}${window.location.hash}`;
  }
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    window.location.assign(withSection());
  }
  return (
    <a
      href={href}
      hrefLang={hrefLang}
      lang={hrefLang}
      aria-label={label}
      title={label}
      onClick={onClick}
      // Middle-click / "open in new tab" read the href: refresh it before they do.
      onPointerDown={(e) => (e.currentTarget.href = withSection())}
      onFocus={(e) => (e.currentTarget.href = withSection())}
      data-testid="lang-switch"
      className="rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      {text}
    </a>
  );
}
