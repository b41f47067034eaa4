import type { Kit, Label, Tone } from './draw';

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
  o: { tone?: Tone; shade?: (i: number, j: number) => number; label?: Label; below?: Label } = {},
): string {
  const tone = o.tone ?? 1;
  let out = '';
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const s = o.shade ? o.shade(i, j) : 0.25;
      if (s > 0.001) out += k.rect(x + j * cell, y + i * cell, cell, cell, { tone, solid: true, rx: 0, opacity: Math.min(1, s) });
    }
  }
  for (let i = 1; i < rows; i++) out += k.line(x, y + i * cell, x + cols * cell, y + i * cell, { thin: true });
  for (let j = 1; j < cols; j++) out += k.line(x + j * cell, y, x + j * cell, y + rows * cell, { thin: true });
  out += k.rect(x, y, cols * cell, rows * cell, { tone, rx: 0, opacity: 0 });
  if (o.label) out += k.text(x + (cols * cell) / 2, y - 12, o.label, { anchor: 'middle', italic: typeof o.label === 'string' });
  if (o.below) out += k.text(x + (cols * cell) / 2, y + rows * cell + 14, o.below, { anchor: 'middle', size: 's', muted: true });
  return out;
}
