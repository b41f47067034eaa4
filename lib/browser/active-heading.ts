export type HeadingBox = { id: string; top: number };

/**
 * Which heading the reader is in: the last one that has reached the top of the reading area
 * (the header's bottom plus `slack`, a little more than the headings' scroll margin, so a
 * heading reached by a #link counts as read). At the very bottom of the page the last heading
 * wins, since a short final section can never reach the top.
 * `headings` must be in document order with `top` relative to the viewport.
 */
export function activeHeading(
  headings: readonly HeadingBox[],
  view: { headerHeight: number; viewportHeight: number; atBottom: boolean },
  slack = 32,
): string | undefined {
  if (headings.length === 0) return undefined;
  if (view.atBottom && (headings[0]?.top ?? Infinity) < view.viewportHeight) return headings.at(-1)?.id;
  const line = view.headerHeight + slack;
  let active: string | undefined;
  for (const h of headings) {
    if (h.top > line) break;
    active = h.id;
  }
  return active;
}

/** Reads the live page: the book's h2/h3 headings inside the article. Browser only. */
export function currentHeadingId(): string | undefined {
  const nodes = Array.from(document.querySelectorAll<HTMLElement>('article h2[id], article h3[id]'));
  const header = document.querySelector('header');
  const doc = document.documentElement;
  return activeHeading(
    nodes.map((n) => ({ id: n.id, top: n.getBoundingClientRect().top })),
    {
      headerHeight: header?.getBoundingClientRect().bottom ?? 0,
      viewportHeight: window.innerHeight,
      atBottom: window.scrollY > 0 && Math.ceil(window.scrollY + window.innerHeight) >= doc.scrollHeight - 2,
    },
  );
}
