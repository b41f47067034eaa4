import type { Lang } from '@/lib/i18n/langs';
import { getT } from '@/lib/i18n';
import { figureById } from '@/content/figures';
import { figureLabel } from '@/lib/figures/numbering';
import { renderSvg } from '@/lib/figures/types';
import { anchorId, chapterHref, interactive, type RenderTarget } from '@/lib/render-target';
import { BookLink } from '../BookLink';

/** Wider than this (viewBox units) and the drawing scrolls sideways on a 390 px phone instead of shrinking its text below ~9 px. */
const PHONE_FIT = 466;

/**
 * `<Figure id="fig-…" />`: a drawing from content/figures, rendered at build time as inline SVG
 * (no JavaScript; colours follow the site theme through CSS custom properties). remark-figures
 * has already checked the id and set `number`. The caption carries the number, a "#" anchor and
 * a copy-link button like headings; the long description is for screen readers.
 */
export function makeFigure({ lang, chapter, target }: { lang: Lang; chapter: string; target: RenderTarget }) {
  const t = getT(lang);
  return function Figure({ id, number }: { id: string; number: string }) {
    const def = figureById.get(id)!;
    const anchor = anchorId(target, chapter, id);
    const descId = `${anchor}-desc`;
    const wide = def.width > PHONE_FIT;
    const svg = { __html: renderSvg(def, lang, { descId }) };
    return (
      <figure id={anchor} className="book-fig not-prose group" data-figure={id}>
        {wide ? (
          <>
            <div className="fig-scroll fig-wide" tabIndex={0} role="group" aria-label={t('figure.scroll')} dangerouslySetInnerHTML={svg} />
            <p className="fig-hint" aria-hidden="true">
              ← {t('figure.swipe')} →
            </p>
          </>
        ) : (
          <div className="fig-scroll" dangerouslySetInnerHTML={svg} />
        )}
        {/* Before the caption: HTML allows a figcaption only as the first or last child. */}
        <p id={descId} className="sr-only">
          {t('figure.description')}: {def.desc[lang]}
        </p>
        <figcaption>
          <span className="fig-num">{figureLabel(lang, number)}</span> {def.caption[lang]}
          {interactive(target) && (
            <span className="ml-1 inline-flex items-center gap-1 align-middle opacity-0 transition-opacity group-hover:opacity-100 focus-within:opacity-100 print:hidden">
              <a href={`#${id}`} aria-label={t('figure.anchor')} title={t('figure.anchor')} className="heading-anchor no-underline">
                #
              </a>
              <button type="button" data-copy-link={id} data-done={t('heading.copied')} aria-label={t('figure.copy')} title={t('figure.copy')} className="js-only rounded px-1">
                <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
                  <path fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
                </svg>
              </button>
            </span>
          )}
        </figcaption>
      </figure>
    );
  };
}

/** `<FigRef id="fig-…" />` → "图 2.5" / "Figure 2.5" as a link; number and chapter were set by remark-figures. */
export function makeFigRef({ lang, target }: { lang: Lang; target: RenderTarget }) {
  return function FigRef({ id, number, chapter }: { id: string; number: string; chapter: string }) {
    return (
      <BookLink href={chapterHref(target, lang, chapter, id)} data-figref={id}>
        {figureLabel(lang, number)}
      </BookLink>
    );
  };
}
