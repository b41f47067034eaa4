import { describe, expect, it } from 'vitest';
import { linear, log10, plot, ticks } from '@/lib/figures/chart';
import { gelu } from '@/lib/figures/maths';
import { numberFigures, scanFigures } from '@/lib/figures/numbering';

describe('scales and ticks', () => {
  it('maps linearly and logarithmically', () => {
    const x = linear([0, 10], [100, 200]);
    expect(x(5)).toBe(150);
    const y = log10([1e8, 1e12], [400, 0]);
    expect(y(1e10)).toBeCloseTo(200);
  });
  it('chooses round steps', () => {
    expect(ticks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks(-4, 4, 8)).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
  });
  it('clips a plotted function to the y-domain', () => {
    const pts = plot((v) => v, linear([0, 4], [0, 4]), linear([0, 2], [0, 2]), 4);
    expect(pts.map((p) => p[0])).toEqual([0, 1, 2]);
  });
  it('plots the exact GELU: minimum about −0.17 near x = −0.75', () => {
    expect(gelu(-0.75)).toBeCloseTo(-0.17, 2);
    expect(gelu(0)).toBe(0);
  });
});

describe('figure numbering', () => {
  it('numbers figures per chapter in order and ignores fenced code', () => {
    const a = 'x\n<Figure id="fig-a" />\n```text\n<Figure id="fig-code" />\n```\n<Figure id="fig-b" />';
    expect(scanFigures(a)).toEqual([
      { id: 'fig-a', line: 2 },
      { id: 'fig-b', line: 6 },
    ]);
    const places = numberFigures([
      { slug: 'one', number: '1', source: a },
      { slug: 'app', number: 'A', source: '<Figure id="fig-c" />' },
    ]);
    expect([...places.values()].map((p) => `${p.id}@${p.chapter}=${p.number}`)).toEqual(['fig-a@one=1.1', 'fig-b@one=1.2', 'fig-c@app=A.1']);
  });
});

describe('computed figures state what their captions say', () => {
  it('decoding tree: greedy gets The nice woman (0.20), beam B = 2 gets The dog has (0.36)', async () => {
    const { TREE, greedy, beam } = await import('@/content/figures/business-applications/fig-decoding-tree');
    expect(greedy(TREE)).toEqual(['The', 'nice', 'woman']);
    expect(beam(TREE, 1).path).toEqual(['The', 'nice', 'woman']);
    const b = beam(TREE, 2);
    expect(b.path).toEqual(['The', 'dog', 'has']);
    expect(b.p).toBeCloseTo(0.36);
  });
  it('positional encoding wavelengths and gradient-descent behaviour', async () => {
    const { wavelength } = await import('@/content/figures/algorithm-principles/fig-positional-encoding');
    expect([0, 32, 64, 128].map((d) => Number(wavelength(d).toFixed(1)))).toEqual([6.3, 11.2, 19.9, 62.8]);
    const { descend } = await import('@/content/figures/algorithm-principles/fig-gradient-descent');
    const end = (eta: number) => descend(eta).at(-1)!;
    expect(Math.hypot(...end(0.02))).toBeGreaterThan(2); // crawls
    expect(Math.hypot(...end(0.09))).toBeLessThan(0.5); // arrives
    const zig = descend(0.19).map((p) => Math.sign(p[1]));
    expect(zig.slice(1, 6)).toEqual([-1, 1, -1, 1, -1]); // overshoots every step
  });
});

describe('the IoU/NMS figure computes what the chapter prints', () => {
  it('matches the printed IoUs and kept boxes in both editions', async () => {
    const { BOXES, SCORES, TRUTH, iou, nms } = await import('@/content/figures/technical-applications/fig-iou-nms');
    const fmt = (v: number) => v.toFixed(3);
    for (const lang of ['zh', 'en']) {
      const text = (await import('node:fs')).readFileSync(`content/${lang}/technical-applications.mdx`, 'utf8');
      const printed = (label: string) => /\[([^\]]*)\]/.exec(text.slice(text.lastIndexOf(label)))![1]!.trim().split(/[\s,]+/).map(Number);
      expect(printed('IoU of box 0 with each box:').map((v) => v.toFixed(3))).toEqual(BOXES.map((b) => fmt(iou(BOXES[0]!, b))));
      expect(printed('IoU with ground truth:').map((v) => v.toFixed(3))).toEqual(BOXES.map((b) => fmt(iou(TRUTH, b))));
      expect(printed('kept by NMS:')).toEqual(nms(BOXES, SCORES, 0.5));
    }
  });
});
