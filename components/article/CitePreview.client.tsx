'use client';

import { useEffect } from 'react';
import type { CitePreview as Preview } from '@/lib/references';
import { withBase } from '@/lib/site';

/**
 * Citation previews: hovering, focusing or tapping "(Vaswani et al., 2017)" shows the reference
 * (authors, title, venue, year, link) in place, so the reader need not leave the chapter; the
 * citation still links to Appendix B. One listener for the page (the article is not hydrated);
 * the data is the small JSON the article carries for the references it cites (MdxContent).
 * On touch, the first tap shows the preview and a second tap on the same citation follows it.
 */
export function CitePreview({ label }: { label: string }) {
  useEffect(() => {
    const script = document.querySelector('script[data-cite-data]');
    if (!script) return;
    let data: Record<string, Preview>;
    try {
      data = JSON.parse(script.textContent ?? '{}') as Record<string, Preview>;
    } catch {
      return;
    }
    const card = document.createElement('div');
    card.id = 'cite-preview';
    card.setAttribute('role', 'tooltip');
    card.className = 'cite-preview';
    card.hidden = true;
    document.body.append(card);
    let current: HTMLAnchorElement | null = null;
    let hideTimer = 0;
    let touched = false;
    // Whether the tapped citation was already previewed when the finger came down (focus and
    // click follow the pointerdown, and focus alone would show it).
    let previewedAtDown = false;

    const line = (cls: string, text: string) => {
      const el = document.createElement('span');
      el.className = cls;
      el.textContent = text;
      return el;
    };
    const show = (link: HTMLAnchorElement) => {
      const ref = data[link.dataset.cite ?? ''];
      if (!ref) return;
      clearTimeout(hideTimer);
      current?.removeAttribute('aria-describedby');
      current = link;
      card.replaceChildren(
        line('cite-preview-authors', `${ref.authors} (${ref.year})`),
        line('cite-preview-title', ref.title),
        line('cite-preview-venue', ref.venue),
      );
      const links = document.createElement('span');
      links.className = 'cite-preview-links';
      const source = Object.assign(document.createElement('a'), { href: ref.url, textContent: ref.url.replace(/^https:\/\//, ''), rel: 'noopener' });
      const entry = Object.assign(document.createElement('a'), { href: withBase(ref.entry), textContent: label });
      links.append(source, entry);
      card.append(links);
      card.hidden = false;
      link.setAttribute('aria-describedby', card.id);
      place(link);
    };
    const place = (link: HTMLElement) => {
      const box = link.getBoundingClientRect();
      const width = Math.min(360, window.innerWidth - 16);
      card.style.width = `${width}px`;
      card.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - width - 8))}px`;
      const below = box.bottom + 6;
      const height = card.offsetHeight;
      card.style.top = `${below + height > window.innerHeight && box.top - height - 6 > 0 ? box.top - height - 6 : below}px`;
    };
    const hide = () => {
      card.hidden = true;
      current?.removeAttribute('aria-describedby');
      current = null;
    };
    const later = () => {
      clearTimeout(hideTimer);
      hideTimer = window.setTimeout(hide, 250);
    };
    const citeOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-cite]') ?? null;

    // Hover is for mice and pens; a finger's synthetic "hover" would pre-empt the first-tap preview.
    const onOver = (e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      const link = citeOf(e.target);
      if (link) show(link);
      else if ((e.target as Element).closest?.('#cite-preview')) clearTimeout(hideTimer);
    };
    const onOut = (e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      if (citeOf(e.target) || (e.target as Element).closest?.('#cite-preview')) later();
    };
    const onFocus = (e: FocusEvent) => {
      const link = citeOf(e.target);
      if (link) show(link);
      else if (!(e.target as Element).closest?.('#cite-preview')) hide();
    };
    const onPointerDown = (e: PointerEvent) => {
      touched = e.pointerType === 'touch';
      previewedAtDown = !card.hidden && current !== null && current === citeOf(e.target);
      if (!citeOf(e.target) && !(e.target as Element).closest?.('#cite-preview')) hide();
    };
    const onClick = (e: MouseEvent) => {
      const link = citeOf(e.target);
      // A tap cannot hover: the first tap previews, a second tap on the same citation follows it.
      if (link && touched && !previewedAtDown) {
        e.preventDefault();
        show(link);
      }
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !card.hidden && hide();
    const onScroll = () => current && place(current);

    document.addEventListener('pointerover', onOver);
    document.addEventListener('pointerout', onOut);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('click', onClick, true);
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      document.removeEventListener('pointerover', onOver);
      document.removeEventListener('pointerout', onOut);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', onScroll);
      card.remove();
    };
  }, [label]);
  return null;
}
