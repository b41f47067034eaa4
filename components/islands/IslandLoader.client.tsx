'use client';

import { useEffect, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { isIslandName, islands } from './registry';

/** How far ahead of the viewport an island starts loading (about a screen on a phone). */
const AHEAD = '100% 0px';

/**
 * Brings the page's islands ([data-island], rendered by Island.tsx) to life when they come
 * within a screen of the viewport: fetches that island's chunk, renders it beside its static
 * fallback and then hides the fallback in the same frame, holding the box's height meanwhile
 * so nothing below moves. A page without islands does nothing and fetches nothing.
 * data-island-state tells tests and styles where each one is: waiting → loading → live | failed.
 */
export function IslandLoader() {
  useEffect(() => {
    const boxes = Array.from(document.querySelectorAll<HTMLElement>('[data-island]'));
    if (boxes.length === 0) return;
    const roots: { unmount(): void }[] = [];

    async function mount(box: HTMLElement) {
      const name = box.dataset.island ?? '';
      if (!isIslandName(name) || box.dataset.islandState !== 'waiting') return;
      box.dataset.islandState = 'loading';
      try {
        // The props were written by this island's own server half (Island.tsx), for this component.
        const { default: Widget } = (await islands[name]()) as unknown as { default: ComponentType<Record<string, unknown>> };
        const props = JSON.parse(box.dataset.props ?? '{}') as Record<string, unknown>;
        const host = document.createElement('div');
        host.dataset.islandLive = '';
        box.style.minHeight = `${box.offsetHeight}px`;
        // A reader who jumped past an island (a deep link, the language switch) must not see the
        // text move when the live widget, taller than its fallback, replaces it above them.
        const next = box.nextElementSibling;
        const above = box.getBoundingClientRect().top < 0;
        const before = next?.getBoundingClientRect().top ?? 0;
        box.append(host);
        const root = createRoot(host);
        roots.push(root);
        flushSync(() => root.render(<Widget {...props} />));
        // The fallback is hidden by CSS from this state on screens only, so it still prints.
        box.dataset.islandState = 'live';
        box.style.minHeight = '';
        const moved = (next?.getBoundingClientRect().top ?? 0) - before;
        if (above && moved !== 0) window.scrollBy(0, moved);
      } catch (error) {
        // The static fallback stays: the reader still has the figure and the text.
        box.dataset.islandState = 'failed';
        console.warn(`island "${name}" could not load`, error);
      }
    }

    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          void mount(entry.target as HTMLElement);
        }
      },
      { rootMargin: AHEAD },
    );
    for (const box of boxes) {
      box.dataset.islandState = 'waiting';
      observer.observe(box);
    }
    return () => {
      observer.disconnect();
      for (const root of roots) root.unmount();
    };
  }, []);
  return null;
}
