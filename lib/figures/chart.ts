import type { Kit, Label } from './draw';

export type Scale = ((v: number) => number) & { domain: [number, number]; range: [number, number] };

export function linear(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const f = ((v: number) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0)) as Scale;
  f.domain = domain;
  f.range = range;
  return f;
}

/** Base-10 logarithmic scale: equal distances for equal ratios (model sizes span 10⁸–10¹³). */
export function log10(domain: [number, number], range: [number, number]): Scale {
  const inner = linear([Math.log10(domain[0]), Math.log10(domain[1])], range);
  const f = ((v: number) => inner(Math.log10(v))) as Scale;
  f.domain = domain;
  f.range = range;
  return f;
}

/** Round tick values (1, 2 or 5 × 10ⁿ steps) covering [lo, hi], about `count` of them. */
export function ticks(lo: number, hi: number, count = 5): number[] {
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) out.push(Math.round(v / step) * step);
  return out.map((v) => Number(v.toPrecision(12)));
}

export type Frame = { left: number; top: number; right: number; bottom: number };

export type AxesOptions = {
  x: Scale;
  y: Scale;
  xTicks: readonly number[];
  yTicks: readonly number[];
  xFormat?: (v: number) => Label;
  yFormat?: (v: number) => Label;
  xTitle?: Label;
  yTitle?: Label;
  /** Light horizontal grid lines at the y ticks. */
  grid?: boolean;
};

/** Axes with ticks, labels and optional grid, in the book's one chart style. */
export function axes(k: Kit, o: AxesOptions): string {
  const [x0, x1] = o.x.range;
  const [y0, y1] = o.y.range; // y0 is the bottom (larger pixel value)
  const fx = o.xFormat ?? ((v: number) => String(v));
  const fy = o.yFormat ?? ((v: number) => String(v));
  let out = '';
  for (const v of o.yTicks) {
    const y = o.y(v);
    if (o.grid) out += k.line(x0, y, x1, y, { thin: true, dashed: true });
    out += k.line(x0 - 4, y, x0, y) + k.text(x0 - 7, y, fy(v), { size: 's', anchor: 'end', muted: true });
  }
  for (const v of o.xTicks) {
    const x = o.x(v);
    out += k.line(x, y0, x, y0 + 4) + k.text(x, y0 + 15, fx(v), { size: 's', anchor: 'middle', muted: true });
  }
  out += k.line(x0, y0, x1, y0) + k.line(x0, y0, x0, y1);
  if (o.xTitle) out += k.text((x0 + x1) / 2, y0 + 34, o.xTitle, { size: 's', anchor: 'middle' });
  if (o.yTitle) out += k.text(x0, y1 - 14, o.yTitle, { size: 's', anchor: 'start' });
  return out;
}

/** Samples f on [a, b] into pixel points, clipped to the scale's y-domain. */
export function plot(f: (x: number) => number, x: Scale, y: Scale, steps = 80): [number, number][] {
  const [a, b] = x.domain;
  const [lo, hi] = [Math.min(...y.domain), Math.max(...y.domain)];
  const pts: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const v = a + ((b - a) * i) / steps;
    const fv = f(v);
    if (Number.isFinite(fv) && fv >= lo - 1e-9 && fv <= hi + 1e-9) pts.push([x(v), y(fv)]);
  }
  return pts;
}

/** A legend as a row of short coloured lines with labels. */
export function legend(k: Kit, x: number, y: number, items: readonly { label: Label; tone: 1 | 2 | 3 | 4 | 5; dashed?: boolean }[], gap = 110): string {
  return items
    .map((it, i) => k.line(x + i * gap, y, x + i * gap + 18, y, { tone: it.tone, dashed: it.dashed }) + k.text(x + i * gap + 23, y, it.label, { size: 's' }))
    .join('');
}
