import { renderTargets, type RenderTarget } from './render-target';

/**
 * A chapter's text reaches the browser once, as HTML, and React never reconciles it: the page
 * renders an empty placeholder `<div data-article="web/zh/algorithm-principles"></div>` (so React's
 * payload does not repeat the article), and after `next build` scripts/finish-export.ts renders
 * the chapter to static markup and fills the placeholder in the exported file. React hydrates
 * the placeholder as an element with dangerouslySetInnerHTML and leaves its content alone.
 */
export type ArticleSlot = { target: RenderTarget; lang: string; slug: string };
const SLOT = new RegExp(`^(${renderTargets.join('|')})/([a-z]{2,3}(?:-[a-z0-9]+)?)/([a-z0-9]+(?:-[a-z0-9]+)*)$`);

export function slotName(slot: ArticleSlot): string {
  return `${slot.target}/${slot.lang}/${slot.slug}`;
}

export function parseSlot(name: string): ArticleSlot | undefined {
  const m = SLOT.exec(name);
  if (!m) return undefined;
  return { target: m[1] as RenderTarget, lang: m[2]!, slug: m[3]! };
}

// React writes data-article first (it is the first prop) and nothing between the tags.
const EMPTY_SLOT = /<div data-article="([^"]*)"([^>]*)><\/div>/g;

/**
 * Fills every empty article placeholder of an exported page with `render(slot)`. Throws on a
 * placeholder it cannot read, so a page never ships without its text.
 */
export function fillSlots(html: string, render: (slot: ArticleSlot) => string): { html: string; filled: ArticleSlot[] } {
  const filled: ArticleSlot[] = [];
  const out = html.replace(EMPTY_SLOT, (_whole, name: string, rest: string) => {
    const slot = parseSlot(name);
    if (!slot) throw new Error(`unreadable article placeholder data-article="${name}"`);
    filled.push(slot);
    return `<div data-article="${name}"${rest}>${render(slot)}</div>`;
  });
  return { html: out, filled };
}

/** Placeholders still empty after filling (there should be none). */
export function emptySlots(html: string): string[] {
  return [...html.matchAll(EMPTY_SLOT)].map((m) => m[1]!);
}
