/**
 * Where the reader is, as "block N of the article, so many pixels from the top of the view",
 * rather than as a scroll offset. Far blocks of a chapter are laid out with an estimated height
 * until they are first seen (content-visibility, app/globals.css), so the same offset means a
 * different place after a reload; the block does not.
 */
export type ScrollAnchor = { index: number; offset: number };

/**
 * The first block whose bottom is below the top of the reading area. `blocks` are the blocks'
 * tops and bottoms relative to the viewport, in document order.
 */
export function anchorFor(blocks: readonly { top: number; bottom: number }[], readingTop: number): ScrollAnchor | undefined {
  const index = blocks.findIndex((b) => b.bottom > readingTop);
  if (index < 0) return undefined;
  return { index, offset: Math.round(blocks[index]!.top) };
}

/** How far to scroll so the anchored block is back where it was (0 if it already is). */
export function correction(anchor: ScrollAnchor, currentTop: number): number {
  return Math.round(currentTop - anchor.offset);
}

/** Reads an anchor back from history.state; anything else reads as nothing. */
export function parseAnchor(value: unknown): ScrollAnchor | undefined {
  const a = value as Partial<ScrollAnchor> | null | undefined;
  if (!a || typeof a !== 'object' || !Number.isInteger(a.index) || (a.index as number) < 0 || typeof a.offset !== 'number' || !Number.isFinite(a.offset)) return undefined;
  return { index: a.index as number, offset: a.offset };
}
