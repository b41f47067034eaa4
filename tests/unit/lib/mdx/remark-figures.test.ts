import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { compileMdx, ContentError } from '@/lib/mdx/pipeline';
import { numberFigures } from '@/lib/figures/numbering';
import { figureById } from '@/content/figures';

const fixture = (name: string) => path.join('tests/fixtures/content', `${name}.mdx`);
const defs = new Map([...figureById].map(([id, f]) => [id, { chapter: f.chapter, caption: f.caption }]));

/** Compiles a fixture as chapter 1 (large-model-overview), next to the real chapter 2. */
function compile(name: string) {
  const places = numberFigures([
    { slug: 'large-model-overview', number: '1', source: fs.readFileSync(fixture(name), 'utf8') },
    { slug: 'algorithm-principles', number: '2', source: fs.readFileSync('content/zh/algorithm-principles.mdx', 'utf8') },
  ]);
  return compileMdx({
    file: fixture(name),
    lang: 'zh',
    sections: ['one'],
    links: () => undefined,
    referenceIds: new Set(),
    figures: { chapter: 'large-model-overview', chapterNumber: '1', places, defs },
  });
}

describe('figures in the MDX pipeline', () => {
  it('numbers figures in order (skipping code), resolves references across chapters, and indexes the labels', async () => {
    const out = await compile('figures-valid');
    expect(out.figures.map((f) => [f.id, f.number])).toEqual([
      ['fig-model-size-growth', '1.1'],
      ['fig-pretrain-adapt', '1.2'],
    ]);
    expect(out.code).toContain('number:"1.2"');
    const ch2 = numberFigures([{ slug: 'algorithm-principles', number: '2', source: fs.readFileSync('content/zh/algorithm-principles.mdx', 'utf8') }]);
    expect(out.code).toContain(`number:"${ch2.get('fig-activation-functions')!.number}"`);
    expect(out.code).toContain('chapter:"algorithm-principles"');
    const text = out.sections.map((s) => s.text).join(' ');
    expect(text).toContain('图 1.2');
    expect(text).not.toContain(figureById.get('fig-model-size-growth')!.caption.zh);
    expect(text).toMatch(/如 图 1\.1 所示/);
  });

  const cases: [string, number, RegExp][] = [
    ['figref-unknown', 9, /<FigRef id="fig-nowhere"> points to no figure/],
    ['figure-never-referenced', 9, /"fig-model-size-growth" is never referenced/],
    ['figure-without-definition', 9, /"fig-not-drawn" has no definition/],
    ['figure-from-another-chapter', 9, /belongs to chapter "algorithm-principles"/],
  ];
  it.each(cases)('%s stops the build at line %i', async (name, line, reason) => {
    const error = await compile(name).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).line).toBe(line);
    expect((error as ContentError).reason).toMatch(reason);
  });
});
