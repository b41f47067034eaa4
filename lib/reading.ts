export const READING_KEY = 'reading-position';

export type ReadingPosition = { chapter: string; section: string };

/** Parses what was stored; anything unexpected (another version, a hand-edited value) reads as nothing. */
export function parseReading(raw: string | null): ReadingPosition | undefined {
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw) as unknown;
    if (v && typeof v === 'object' && typeof (v as ReadingPosition).chapter === 'string' && typeof (v as ReadingPosition).section === 'string') {
      const { chapter, section } = v as ReadingPosition;
      if (/^[a-z0-9-]+$/.test(chapter) && /^[a-z0-9-]*$/.test(section)) return { chapter, section };
    }
  } catch {
    // not JSON
  }
  return undefined;
}

/** The element a URL fragment points at, if any. Malformed percent-encoding is just "no target". */
export function fragmentTarget(hash: string, byId: (id: string) => HTMLElement | null): HTMLElement | null {
  if (hash.length < 2) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  return byId(id);
}
