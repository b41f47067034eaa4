'use client';

import { useEffect } from 'react';
import { fragmentTarget } from '@/lib/reading';

/**
 * Brings the heading a #link points at to the top (below the sticky header, via its
 * scroll-margin) and briefly highlights it: on first load, after in-app navigation from another
 * chapter (this mounts again), on back/forward (the router restores history entries itself and
 * does not always land on the fragment) and on same-page links. An unknown or malformed fragment
 * does nothing, and the reader stays where the browser put them.
 */
export function HashFlash() {
  useEffect(() => {
    let frame = 0;
    let holding = 0;
    // Blocks around the target may still get their real heights (content-visibility estimates,
    // web fonts): for a moment, when layout moves the target within the page, bring it back.
    // When the view moves instead (the reader scrolls), let go.
    const hold = (el: HTMLElement) => {
      let inView = el.getBoundingClientRect().top;
      let inPage = inView + window.scrollY;
      const until = performance.now() + 3000;
      const step = () => {
        if (performance.now() > until) return;
        const top = el.getBoundingClientRect().top;
        if (Math.abs(top + window.scrollY - inPage) > 1) {
          el.scrollIntoView({ block: 'start' });
          inView = el.getBoundingClientRect().top;
          inPage = inView + window.scrollY;
        } else if (Math.abs(top - inView) > 1) return;
        holding = requestAnimationFrame(step);
      };
      cancelAnimationFrame(holding);
      holding = requestAnimationFrame(step);
    };
    const show = (scroll: boolean) => {
      const el = fragmentTarget(window.location.hash, (id) => document.getElementById(id));
      if (!el) return;
      if (scroll) el.scrollIntoView({ block: 'start' });
      hold(el);
      el.removeAttribute('data-flash');
      void el.offsetWidth; // restart the animation when the same target is flashed again
      el.setAttribute('data-flash', '');
      setTimeout(() => el.removeAttribute('data-flash'), 1700);
    };
    // After the router's own scroll handling for this render.
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => show(true));
    };
    const onHash = () => show(false); // the browser has already scrolled to a same-page #link
    later();
    window.addEventListener('hashchange', onHash);
    window.addEventListener('popstate', later);
    return () => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(holding);
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('popstate', later);
    };
  }, []);
  return null;
}
