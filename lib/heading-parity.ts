import type { HeadingInfo } from './mdx/remark-heading-ids';

export type EditionOutline = { lang: string; file: string; headings: readonly Pick<HeadingInfo, 'depth' | 'id' | 'line'>[] };
export type Mismatch = { file: string; line: number; reason: string };

/**
 * Deep links are shared across editions (`/zh/x/#s` and `/en/x/#s` are the same place), so every
 * edition of a chapter must have the same h2/h3 ids at the same levels in the same order. Compares
 * each edition with the first and reports the first difference at the edition that differs.
 */
export function headingMismatch(editions: readonly EditionOutline[]): Mismatch | undefined {
  const [reference, ...others] = editions;
  if (!reference) return undefined;
  const key = (h: EditionOutline['headings'][number] | undefined) => (h ? `${h.depth}:${h.id}` : 'nothing');
  for (const other of others) {
    const n = Math.max(reference.headings.length, other.headings.length);
    for (let k = 0; k < n; k++) {
      const [a, b] = [reference.headings[k], other.headings[k]];
      if (key(a) === key(b)) continue;
      // Point at the edition with the extra or different heading; a missing one at the other's line.
      const at = b ? { file: other.file, line: b.line } : { file: reference.file, line: a!.line };
      return { ...at, reason: `Headings differ between languages at #${k + 1}: ${reference.lang} has "${key(a)}", ${other.lang} has "${key(b)}"` };
    }
  }
  return undefined;
}
