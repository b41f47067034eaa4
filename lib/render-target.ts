import { printHref, printId } from './print-links';
import { routes } from './routes';

/**
 * Where a chapter is rendered: its own web page, or the one-page print edition (the source of
 * the PDF), where every chapter shares one document. The target is decided once, where a page
 * places a chapter (its article slot), and the few things that differ — element ids, links to
 * sections, a link written in the text, whether reader controls are shown — are answered here,
 * so a new target (EPUB) is a case in this file, not a flag threaded through components.
 */
export const renderTargets = ['web', 'print'] as const;
export type RenderTarget = (typeof renderTargets)[number];

/** The id of element `id` of chapter `chapter` (unique within the rendered document). */
export function anchorId(target: RenderTarget, chapter: string, id: string): string {
  return target === 'print' ? printId(chapter, id) : id;
}

/** A link to a chapter or one of its sections. */
export function chapterHref(target: RenderTarget, lang: string, chapter: string, section?: string): string {
  if (target === 'print') return `#${section ? printId(chapter, section) : chapter}`;
  return routes.chapter(lang, chapter, section);
}

/** A link written in chapter `chapter`'s text (already language-prefixed by the MDX pipeline). */
export function textHref(target: RenderTarget, lang: string, chapter: string, href: string): string {
  return target === 'print' ? printHref(href, lang, chapter) : href;
}

/** Reader controls (copy-link buttons, heading anchors, live widgets) exist only on screen pages. */
export function interactive(target: RenderTarget): boolean {
  return target === 'web';
}
