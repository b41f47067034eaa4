'use client';

import { useEffect } from 'react';
import { currentHeadingId } from '@/lib/browser/active-heading';
import { READING_KEY } from '@/lib/reading';
import { minutesLeft } from '@/lib/reading-time';

/**
 * Marks the section being read in every table of contents on the page ([data-spy] containers:
 * the sidebar and "On this page") with aria-current, so assistive tech hears it too, and
 * remembers it as the reading position. The lists
 * themselves are static server-rendered HTML; this adds the one attribute that depends on scrolling.
 */
export function ScrollSpy({ chapter }: { chapter: string }) {
  useEffect(() => {
    let frame = 0;
    let last: string | undefined;
    const status = document.querySelector<HTMLElement>('[data-reading-status]');
    const update = () => {
      frame = 0;
      if (status) showTimeLeft(status);
      const id = currentHeadingId();
      if (id === last) return;
      last = id;
      try {
        // Remembered for "continue reading" on the home page, in either language (ids are shared).
        localStorage.setItem(READING_KEY, JSON.stringify({ chapter, section: id ?? '' }));
      } catch {
        // storage unavailable: nothing to remember
      }
      const h3 = id ? document.getElementById(id) : null;
      // The enclosing h2 is marked too, so the sidebar (which lists only h2) follows h3 reading.
      let h2 = h3;
      while (h2 && h2.tagName !== 'H2') h2 = h2.previousElementSibling as HTMLElement | null;
      const marked = new Set([id, h2?.id].filter(Boolean));
      for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-spy] a[href*="#"]')) {
        const target = decodeURIComponent(a.hash.slice(1));
        if (marked.has(target)) a.setAttribute('aria-current', 'location');
        else a.removeAttribute('aria-current');
      }
      if (id) keepInView(id);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    // The first reading forces a layout of the whole chapter: not inside the hydration task,
    // where it made the page's longest task longer, but when the browser is idle.
    const idle = 'requestIdleCallback' in window ? requestIdleCallback(update, { timeout: 1000 }) : setTimeout(update, 200);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      cancelAnimationFrame(frame);
      if ('cancelIdleCallback' in window) cancelIdleCallback(idle as number);
      else clearTimeout(idle);
    };
  }, [chapter]);
  return null;
}

/**
 * Scrolls each scrollable table of contents ([data-spy-scroll]: the rail, the sidebar) so the
 * entry of the section being read stays visible; without this the highlight left the rail in the
 * second half of every long chapter. Only the list scrolls, never the page.
 */
function keepInView(id: string) {
  for (const box of document.querySelectorAll<HTMLElement>('[data-spy-scroll]')) {
    if (box.scrollHeight <= box.clientHeight) continue;
    const link = [...box.querySelectorAll<HTMLAnchorElement>('a[href^="#"][aria-current]')].find((a) => decodeURIComponent(a.hash.slice(1)) === id);
    if (!link || link.offsetParent === null) continue;
    const top = link.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (top < box.scrollTop + 24 || top > box.scrollTop + box.clientHeight - 48) box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }
}

/** "12 min left", from how far the page has been scrolled; shown once the reader is past the first screen. */
function showTimeLeft(status: HTMLElement) {
  const max = document.documentElement.scrollHeight - window.innerHeight;
  const fraction = max > 0 ? window.scrollY / max : 1;
  const left = minutesLeft(Number(status.dataset.total), fraction);
  const text = status.querySelector('[data-reading-left]');
  if (text) text.textContent = (status.dataset.template ?? '').replace('{{count}}', String(left));
  status.toggleAttribute('data-shown', window.scrollY > window.innerHeight);
}
