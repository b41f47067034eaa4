import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { compileMdx, ContentError } from '@/lib/mdx/pipeline';

const fixture = (name: string) => path.join('tests/fixtures/content', `${name}.mdx`);

function compile(name: string, sections: string[] = ['one']) {
  return compileMdx({
    file: fixture(name),
    lang: 'zh',
    sections,
    links: (chapter) => (chapter === 'other' ? ['two'] : undefined),
    referenceIds: new Set(['vaswani2017']),
  });
}

async function failure(name: string, sections?: string[]): Promise<ContentError> {
  const error = await compile(name, sections).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return error as ContentError;
}

describe('compileMdx on a valid chapter', () => {
  it('collects h2/h3 ids and titles with their lines', async () => {
    const out = await compile('valid-chapter');
    expect(out.frontmatter.title).toBe('测试章');
    expect(out.headings).toEqual([
      { depth: 2, id: 'one', text: '第一节', line: 8 },
      { depth: 3, id: 'sub-one', text: '小节', line: 19 },
    ]);
  });

  it('typesets math with KaTeX and highlights code with Shiki at build time', async () => {
    const { code } = await compile('valid-chapter');
    expect(code).toContain('katex-display');
    expect(code).toContain('shiki');
    expect(code).toContain('--shiki-dark');
    expect(code).toContain('"data-language":"python"');
  });

  it('rewrites book links to the page language and keeps bold next to full-width punctuation', async () => {
    const { code } = await compile('valid-chapter');
    expect(code).toContain('"/zh/other/#two"');
    expect(code).not.toContain('**');
  });
});

describe('compileMdx stops on bad input with file and line', () => {
  const cases: [string, number, RegExp, string[]?][] = [
    ['heading-without-id', 5, /has no id/],
    ['duplicate-heading-id', 9, /Duplicate heading id "one"/],
    ['heading-id-not-a-slug', 7, /lowercase ASCII/, ['one', 'two']],
    ['section-not-in-outline', 7, /not in the outline/, ['one', 'two']],
    ['invalid-display-tex', 9, /Invalid TeX/],
    ['invalid-inline-tex', 7, /Invalid TeX/],
    ['unclosed-jsx-tag', 7, /closing tag for `<div>`/],
    ['broken-internal-link', 7, /Broken link "\/other\/#missing"/],
    ['unknown-code-language', 7, /Unknown code-block language "cobol"/],
    ['unknown-citation', 7, /Citation "nobody1999" has no entry/],
    ['malformed-front-matter', 3, /Invalid front matter/],
  ];
  it.each(cases)('%s → line %i', async (name, line, reason, sections) => {
    const error = await failure(name, sections);
    expect(error.file).toBe(fixture(name));
    expect(error.line).toBe(line);
    expect(error.reason).toMatch(reason);
    expect(error.message.startsWith(`${fixture(name)}:${line}:`)).toBe(true);
  });

  it('lets a chapter whose outline lists no sections use h2s with ids of its own', async () => {
    const out = await compile('valid-chapter', []);
    expect(out.headings.filter((h) => h.depth === 2).map((h) => h.id)).toEqual(['one']);
  });

  it('reports a missing outline section', async () => {
    const error = await failure('valid-chapter', ['one', 'two']);
    expect(error.reason).toMatch(/Missing section\(s\): two/);
  });
});
