import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkFigures } from '@/lib/figures/book-check';
import type { FigureDef } from '@/lib/figures/types';
import type { Lang } from '@/lib/i18n/langs';

const fig = (id: string, data?: string): FigureDef => ({
  id,
  chapter: 'one',
  width: 100,
  height: 100,
  caption: { zh: '图', en: 'fig' },
  alt: { zh: '图', en: 'fig' },
  desc: { zh: '图', en: 'fig' },
  data,
  body: () => '',
});

function run(sources: Record<Lang, string>, figures: FigureDef[], data?: object) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figdata-'));
  if (data) fs.writeFileSync(path.join(dir, 'd.json'), JSON.stringify(data));
  return checkFigures({ chapters: ['one'], langs: ['zh', 'en'], source: (lang) => sources[lang], figures, dataDir: dir });
}

describe('checkFigures', () => {
  it('passes when both editions place the same figures and the data agrees with the text', () => {
    const src = '<Figure id="fig-a" />\n\n| A | B |\n|---|---|\n| x | 5 |\n\nprinted 42\n';
    expect(run({ zh: src, en: src }, [fig('fig-a', 'd')], { table: { chapter: 'one', column: 1 }, rows: [{ row: 'x', value: 5 }], quoted: [{ chapter: 'one', text: 'printed 42' }] })).toEqual([]);
  });

  it('reports figures that differ between the editions, with the line', () => {
    const [p] = run({ zh: 'a\n<Figure id="fig-a" />\n', en: 'a\n<Figure id="fig-b" />\n' }, [fig('fig-a'), fig('fig-b')]);
    expect(p).toMatchObject({ file: 'content/en/one.mdx', line: 2 });
    expect(p!.reason).toMatch(/zh has "fig-a", en has "fig-b"/);
  });

  it('reports a defined figure that no chapter places', () => {
    const [p] = run({ zh: '', en: '' }, [fig('fig-a')]);
    expect(p!.reason).toMatch(/defined but no chapter places it/);
  });

  it('reports a table that no longer states the data file’s number, and quoted output that is gone', () => {
    const zh = '<Figure id="fig-a" />\n\n| A | B |\n|---|---|\n| x | 6 |\n';
    const en = '<Figure id="fig-a" />\n\n| A | B |\n|---|---|\n| x | 5 |\n\nprinted 42\n';
    const problems = run({ zh, en }, [fig('fig-a', 'd')], { table: { chapter: 'one', column: 1 }, rows: [{ row: 'x', value: 5 }], quoted: [{ chapter: 'one', text: 'printed 42' }] });
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(['content/zh/one.mdx:1', 'content/zh/one.mdx:5']);
    expect(problems[0]!.reason).toMatch(/"printed 42" no longer appears/);
    expect(problems[1]!.reason).toMatch(/"x" says 6, the data file says 5/);
  });
});
