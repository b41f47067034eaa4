'use client';

import { useEffect } from 'react';
import { fragmentTarget } from '@/lib/reading';

/**
 * Briefly highlights the heading a #link points at: on first load, after in-app navigation from
 * another chapter (this mounts again) and on back/forward or same-page links (hashchange).
 * An unknown or malformed fragment does nothing, and the reader stays where the browser put them.
 */
export function HashFlash() {
  useEffect(() => {
    const flash = () => {
      const el = fragmentTarget(window.location.hash, (id) => document.getElementById(id));
      if (!el) return;
      el.removeAttribute('data-flash');
      void el.offsetWidth; // restart the animation when the same target is flashed again
      el.setAttribute('data-flash', '');
      setTimeout(() => el.removeAttribute('data-flash'), 1700);
    };
    flash();
    window.addEventListener('hashchange', flash);
    window.addEventListener('popstate', flash);
    return () => {
      window.removeEventListener('hashchange', flash);
      window.removeEventListener('popstate', flash);
    };
  }, []);
  return null;
}
