'use client';

import { useEffect } from 'react';

/**
 * Far blocks of the article skip rendering until they come near the viewport, with an estimated
 * height (content-visibility: auto; contain-intrinsic-size: auto, app/globals.css). The browser's
 * find bar jumps straight to a match among estimates, and the view then drifted as the blocks
 * around it got their real heights. So when the reader presses Ctrl/⌘+F, every skipped block is
 * rendered once, for one frame: the browser then remembers each real height ("auto"), the match
 * lands exactly, and the blocks go back to skipping their painting off screen.
 * Not done in idle time after load: there it competed with hydration (Lighthouse TBT on the
 * longest chapter 230 → 530 ms); nor on the first scroll: blocks above the view then grew while
 * the reader read, where a placeholder was the scroll anchor.
 */
export function WarmBlocks() {
  useEffect(() => {
    let frame = 0;
    const onKey = (e: KeyboardEvent) => {
      if ((e.key !== 'f' && e.key !== 'F') || !(e.ctrlKey || e.metaKey)) return;
      const root = document.documentElement;
      if (root.dataset.warm) return;
      root.dataset.warm = 'warming';
      const blocks = Array.from(document.querySelectorAll<HTMLElement>('[data-article] > *'));
      for (const b of blocks) b.dataset.warm = '';
      // Real heights are recorded at the next rendering update; release the blocks after it.
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          for (const b of blocks) delete b.dataset.warm;
          root.dataset.warm = 'done';
        });
      });
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      cancelAnimationFrame(frame);
    };
  }, []);
  return null;
}
