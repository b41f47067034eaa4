'use client';

import { useEffect } from 'react';
import { anchorFor, correction, parseAnchor } from '@/lib/scroll-anchor';

const KEY = 'bookAnchor';

/**
 * Keeps "back" and "reload" on the paragraph the reader left. The browser restores the scroll
 * offset, but far blocks have estimated heights until seen (content-visibility), so the offset
 * can land a few hundred pixels off. On leaving, the block at the top of the view is saved in
 * this history entry; on coming back, the view is moved so that block is where it was, unless
 * the reader has already scrolled or followed a #link.
 */
export function ReadingAnchor() {
  useEffect(() => {
    const blocks = () => Array.from(document.querySelectorAll<HTMLElement>('[data-article] > *'));
    const readingTop = () => document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;

    const save = () => {
      const anchor = anchorFor(
        blocks().map((b) => b.getBoundingClientRect()),
        readingTop(),
      );
      if (window.scrollY > 0 && anchor) history.replaceState({ ...(history.state as object | null), [KEY]: anchor }, '');
    };

    let moved = false;
    const onInput = () => (moved = true);
    const inputs = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
    for (const e of inputs) window.addEventListener(e, onInput, { passive: true, once: true });

    const navigation = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type;
    const saved = parseAnchor((history.state as Record<string, unknown> | null)?.[KEY]);
    const restore = () => {
      if (moved || !saved || location.hash.length > 1) return;
      const block = blocks()[saved.index];
      const delta = block ? correction(saved, block.getBoundingClientRect().top) : 0;
      if (delta !== 0) window.scrollBy(0, delta);
    };
    let frame = 0;
    const settle = () => {
      // After the browser's own restoration (done by the load event) and once more a frame later.
      restore();
      frame = requestAnimationFrame(restore);
    };
    if (saved && (navigation === 'reload' || navigation === 'back_forward')) {
      if (document.readyState === 'complete') settle();
      else window.addEventListener('load', settle, { once: true });
    }

    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      window.removeEventListener('load', settle);
      for (const e of inputs) window.removeEventListener(e, onInput);
      cancelAnimationFrame(frame);
    };
  }, []);
  return null;
}
