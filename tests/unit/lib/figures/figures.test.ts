import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { figures, figureById } from '@/content/figures';
import { renderSvg } from '@/lib/figures/types';
import { drawKit } from '@/lib/figures/draw';
import { langs } from '@/lib/i18n/langs';

/** The drawing without its words: what must be identical in both editions. */
const shape = (svg: string) => svg.replace(/<text\b([^>]*?)(?: dy="[^"]*")?>[\s\S]*?<\/text>/g, '<text$1/>').replace(/aria-label="[^"]*"/, '');

describe.each(figures.map((f) => [f.id, f] as const))('%s', (id, f) => {
  it('lives in content/figures/<chapter>/<id>.ts under its chapter', () => {
    expect(id).toMatch(/^fig-[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(fs.existsSync(`content/figures/${f.chapter}/${id}.ts`)).toBe(true);
  });

  it('has the same drawing in Chinese and English, only the words differ', () => {
    const [zh, en] = langs.map((lang) => renderSvg(f, lang));
    expect(shape(zh!)).toBe(shape(en!));
    expect(zh).not.toBe(en);
  });

  it('has a caption, a short name and a long description in both languages, and every label fits its box', () => {
    for (const lang of langs) {
      expect(f.caption[lang].length).toBeGreaterThan(8);
      expect(f.alt[lang].length).toBeGreaterThan(4);
      expect(f.desc[lang].length).toBeGreaterThan(f.alt[lang].length * 3);
      const k = drawKit(lang);
      f.body(k, 'content/data');
      expect(k.overflows, `${lang}: ${k.overflows.join('; ')}`).toEqual([]);
    }
  });

  it('is a few kilobytes of vector markup', () => {
    const svg = renderSvg(f, 'en');
    expect(svg.length).toBeLessThan(16_000);
    expect(svg).not.toMatch(/<image|data:image/);
  });
});

describe('data charts read their data file', () => {
  it('moves GPT-3 up when the fixture says 1.75T instead of 175B', () => {
    const f = figureById.get('fig-model-size-growth')!;
    const real = renderSvg(f, 'en');
    const fixture = renderSvg(f, 'en', { dataDir: 'tests/fixtures/data' });
    expect(fixture).not.toBe(real);
    // The label sits beside its point: a smaller y is higher on the chart.
    const yOf = (svg: string) => Number(/<text x="[\d.]+" y="([\d.]+)"[^>]*>GPT-3</.exec(svg)![1]);
    expect(yOf(fixture)).toBeLessThan(yOf(real) - 20);
  });
});
