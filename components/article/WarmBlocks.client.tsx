'use client';

import { useEffect } from 'react';

/** Blocks rendered per idle slice: a few hundred elements, well under a frame on a phone. */
const PER_SLICE = 12;

/**
 * Far blocks of the article skip rendering until they come near the viewport, with an estimated
 * height (content-visibility: auto; contain-intrinsic-size: auto, app/globals.css). A jump
 * (find-in-page, a #link, a scrollbar drag) lands among estimates, and the view then drifts as
 * they get their real heights. So, when the browser is idle, each skipped block is rendered once,
 * nearest to the view first: from then on the browser remembers its real height ("auto") and
 * jumps land exactly, while the blocks go on skipping their painting when off screen. Blocks
 * above the view change height off screen, which scroll anchoring absorbs.
 */
export function WarmBlocks() {
  useEffect(() => {
    if (!('requestIdleCallback' in window)) return;
    let queue: HTMLElement[] | undefined;
    // Built in the first idle slice too: reading styles and offsets lays out the page.
    const blocksToWarm = () => {
      const blocks = Array.from(document.querySelectorAll<HTMLElement>('[data-article] > *')).filter(
        (b) => getComputedStyle(b).contentVisibility === 'auto',
      );
      // Nearest to the view first: the blocks below it, then those above (closest first).
      const viewTop = window.scrollY;
      return [...blocks.filter((b) => b.offsetTop >= viewTop), ...blocks.filter((b) => b.offsetTop < viewTop).reverse()];
    };
    let idle = 0;
    let frame = 0;
    let warming: HTMLElement[] = [];

    const slice = (deadline: IdleDeadline) => {
      queue ??= blocksToWarm();
      for (const b of warming) delete b.dataset.warm;
      warming = [];
      while (queue.length > 0 && warming.length < PER_SLICE && deadline.timeRemaining() > 4) {
        const b = queue.shift()!;
        b.dataset.warm = '';
        warming.push(b);
      }
      if (warming.length === 0 && queue.length === 0) {
        document.documentElement.dataset.warm = 'done';
        return;
      }
      // Their real heights are recorded at the next rendering update; release them after it.
      frame = requestAnimationFrame(() => (idle = requestIdleCallback(slice, { timeout: 2000 })));
    };
    idle = requestIdleCallback(slice, { timeout: 2000 });
    return () => {
      cancelIdleCallback(idle);
      cancelAnimationFrame(frame);
      for (const b of warming) delete b.dataset.warm;
    };
  }, []);
  return null;
}
