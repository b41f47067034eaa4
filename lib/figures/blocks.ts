import { num, type Kit, type Label, type Tone } from './draw';

/**
 * A matrix drawn as a grid of cells (rows × cols), optionally shaded cell by cell with
 * `shade(i, j)` in 0–1 (attention weights, masks). Returns the markup; the frame is one rect.
 */
export function matrix(
  k: Kit,
  x: number,
  y: number,
  rows: number,
  cols: number,
  cell: number,
  o: { tone?: Tone; shade?: (i: number, j: number) => number; label?: Label; below?: Label; grid?: boolean } = {},
): string {
  const tone = o.tone ?? 1;
  // Cells of equal shade (to a tenth) share one path: a 6×6 image is a handful of elements, not 36.
  const groups = new Map<number, string>();
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const s = Math.round(Math.min(1, o.shade ? o.shade(i, j) : 0.25) * 10) / 10;
      if (s > 0) groups.set(s, `${groups.get(s) ?? ''}M${num(x + j * cell)} ${num(y + i * cell)}h${num(cell)}v${num(cell)}h${num(-cell)}z`);
    }
  }
  let out = [...groups].map(([s, d]) => `<path d="${d}" class="s${tone}" fill-opacity="${s}"/>`).join('');
  if (o.grid !== false) for (let i = 1; i < rows; i++) out += k.line(x, y + i * cell, x + cols * cell, y + i * cell, { thin: true });
  if (o.grid !== false) for (let j = 1; j < cols; j++) out += k.line(x + j * cell, y, x + j * cell, y + rows * cell, { thin: true });
  out += k.rect(x, y, cols * cell, rows * cell, { tone, rx: 0, opacity: 0 });
  if (o.label) out += k.text(x + (cols * cell) / 2, y - 12, o.label, { anchor: 'middle', italic: typeof o.label === 'string' });
  if (o.below) out += k.text(x + (cols * cell) / 2, y + rows * cell + 14, o.below, { anchor: 'middle', size: 's', muted: true });
  return out;
}
