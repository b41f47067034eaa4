import type { Lang } from '@/lib/i18n/langs';

/** A label in both languages, or one string shared by both (symbols, numbers, model names). */
export type Label = string | { zh: string; en: string };

/**
 * Colour roles. 0 is neutral ink; 1–5 follow the site's accents (sky, amber, emerald, violet,
 * rose). The values are CSS custom properties set in app/globals.css (.book-fig), so the site's
 * dark toggle recolours an inline figure and print turns it black-on-white.
 */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

export type TextOptions = {
  /** s = 12.5 (ticks, notes), m = 14 (labels), l = 15 bold (titles). In viewBox units. */
  size?: 's' | 'm' | 'l';
  anchor?: 'start' | 'middle' | 'end';
  tone?: Tone;
  muted?: boolean;
  bold?: boolean;
  italic?: boolean;
  /** Degrees, around (x, y). */
  rotate?: number;
  /** Line height in em for labels with "\n". */
  leading?: number;
};

export type ShapeOptions = { tone?: Tone; dashed?: boolean; rx?: number; solid?: boolean; opacity?: number; thin?: boolean };

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Short numbers keep the markup small: 12.3456 → "12.35". */
export const num = (v: number) => String(Math.round(v * 100) / 100);

/**
 * Rough advance width of a string in em for the book's sans fonts (Noto Sans CJK / DejaVu /
 * system UI): Han and full-width 1, capitals 0.68, other Latin about 0.56. Used only to catch
 * labels that would spill out of their boxes (tests/unit/lib/figures/figures.test.ts).
 */
export function textWidthEm(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80) w += 1;
    else if (ch === ' ') w += 0.3;
    else if (/[A-Z]/.test(ch)) w += 0.68;
    else if (/[il.,;:'|!()[\]]/.test(ch)) w += 0.32;
    else w += 0.57;
  }
  return w;
}

const SIZE_PX = { s: 12.5, m: 14, l: 15 } as const;

function cls(...names: (string | false | 0 | undefined)[]) {
  return names.filter(Boolean).join(' ');
}

/**
 * The drawing kit every figure uses. Primitives return SVG markup as strings: figures are
 * rendered once at build time and never hydrated, so there is no reason to build React trees.
 * Sizes never depend on the label text, so the Chinese and English drawings have identical
 * geometry by construction (tests/unit/lib/figures/figures.test.ts compares them).
 */
export function drawKit(lang: Lang) {
  const t = (label: Label) => (typeof label === 'string' ? label : label[lang]);
  /** Labels that do not fit their boxes, as "label: needs N, has M". */
  const overflows: string[] = [];

  function text(x: number, y: number, label: Label, o: TextOptions = {}) {
    const lines = t(label).split('\n');
    const lead = o.leading ?? 1.2;
    const attrs = [
      `x="${num(x)}"`,
      `y="${num(y)}"`,
      `class="${cls('ft', o.size === 's' && 'fs', o.size === 'l' && 'fl', o.tone && `c${o.tone}`, o.muted && 'fm', o.bold && 'fb', o.italic && 'fi')}"`,
      o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
      o.rotate ? `transform="rotate(${o.rotate} ${num(x)} ${num(y)})"` : '',
    ].filter(Boolean);
    // Vertically centred on y: 0.35em drops the baseline to the middle of the x-height.
    if (lines.length === 1) return `<text ${attrs.join(' ')} dy=".35em">${escape(lines[0]!)}</text>`;
    const first = 0.35 - ((lines.length - 1) * lead) / 2;
    const spans = lines.map((line, i) => `<tspan x="${num(x)}" dy="${i === 0 ? num(first) : lead}em">${escape(line)}</tspan>`).join('');
    return `<text ${attrs.join(' ')}>${spans}</text>`;
  }

  function rect(x: number, y: number, w: number, h: number, o: ShapeOptions = {}) {
    const c = cls(o.solid ? `s${o.tone ?? 0}` : `k${o.tone ?? 0}`, o.dashed && 'dash', o.thin && 'thin');
    const op = o.opacity !== undefined ? ` fill-opacity="${num(o.opacity)}"` : '';
    return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="${o.rx ?? 6}" class="${c}"${op}/>`;
  }

  /** A labelled box, the basic block of every diagram. */
  function box(x: number, y: number, w: number, h: number, label: Label = '', o: ShapeOptions & TextOptions = {}) {
    const px = SIZE_PX[o.size ?? 'm'];
    const lines = t(label).split('\n');
    const need = Math.max(...lines.map((l) => textWidthEm(l) * px)) + 8;
    const tall = (lines.length - 1) * px * (o.leading ?? 1.2) + px + 4;
    if (need > w || tall > h) overflows.push(`"${t(label)}" needs ${Math.round(need)}×${Math.round(tall)}, box is ${w}×${h}`);
    const label_ = t(label) === '' ? '' : text(x + w / 2, y + h / 2, label, { anchor: 'middle', ...o, tone: undefined });
    return rect(x, y, w, h, o) + label_;
  }

  function circle(cx: number, cy: number, r: number, o: ShapeOptions = {}) {
    const c = cls(o.solid ? `s${o.tone ?? 0}` : `k${o.tone ?? 0}`, o.dashed && 'dash', o.thin && 'thin');
    const op = o.opacity !== undefined ? ` fill-opacity="${num(o.opacity)}"` : '';
    return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" class="${c}"${op}/>`;
  }

  function line(x1: number, y1: number, x2: number, y2: number, o: ShapeOptions = {}) {
    return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" class="${cls('ln', o.tone && `l${o.tone}`, o.dashed && 'dash', o.thin && 'thin')}"/>`;
  }

  /** An open polyline or a path through points, e.g. a plotted function. */
  function polyline(points: readonly (readonly [number, number])[], o: ShapeOptions & { width?: number } = {}) {
    const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${num(x)} ${num(y)}`).join('');
    const sw = o.width ? ` stroke-width="${num(o.width)}"` : '';
    return `<path d="${d}" class="${cls('ln', o.tone && `l${o.tone}`, o.dashed && 'dash', o.thin && 'thin')}"${sw} fill="none"/>`;
  }

  /** A filled polygon (areas, arrowheads). */
  function polygon(points: readonly (readonly [number, number])[], o: ShapeOptions = {}) {
    const p = points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
    const op = o.opacity !== undefined ? ` fill-opacity="${num(o.opacity)}"` : '';
    return `<polygon points="${p}" class="${o.solid === false ? `k${o.tone ?? 0}` : `s${o.tone ?? 0}`}"${op}/>`;
  }

  function head(x: number, y: number, angle: number, tone?: Tone) {
    const a = 0.45;
    const len = 8;
    const p1: [number, number] = [x - len * Math.cos(angle - a), y - len * Math.sin(angle - a)];
    const p2: [number, number] = [x - len * Math.cos(angle + a), y - len * Math.sin(angle + a)];
    return polygon([[x, y], p1, p2], { tone: tone ?? 0, solid: true });
  }

  /**
   * An arrow through points (two or more), its head at the last one. Drawn as a path plus a
   * polygon rather than an SVG marker: markers need document-unique ids, and several inline
   * figures share one page.
   */
  function arrow(points: readonly (readonly [number, number])[], o: ShapeOptions & { both?: boolean } = {}) {
    const pts = points.map((p) => [p[0], p[1]] as [number, number]);
    const end = pts.length - 1;
    const angle = (a: [number, number], b: [number, number]) => Math.atan2(b[1] - a[1], b[0] - a[0]);
    const ang = angle(pts[end - 1]!, pts[end]!);
    const tip: [number, number] = [...pts[end]!];
    // The shaft stops short of the tip, so a thick line does not poke through the head.
    pts[end] = [tip[0] - 6 * Math.cos(ang), tip[1] - 6 * Math.sin(ang)];
    let out = '';
    if (o.both) {
      const a0 = angle(pts[1]!, pts[0]!);
      const t0: [number, number] = [...pts[0]!];
      pts[0] = [t0[0] - 6 * Math.cos(a0), t0[1] - 6 * Math.sin(a0)];
      out += head(t0[0], t0[1], a0, o.tone);
    }
    return polyline(pts, o) + out + head(tip[0], tip[1], ang, o.tone);
  }

  return { lang, t, text, rect, box, circle, line, polyline, polygon, arrow, overflows };
}

export type Kit = ReturnType<typeof drawKit>;
