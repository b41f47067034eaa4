import path from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeShiki from '@shikijs/rehype';
import type { ShikiTransformer } from 'shiki';
import { remarkHeadingIds, type HeadingInfo } from './remark-heading-ids';
import { remarkBookLinks, type LinkTargets } from './remark-book-links';
import { remarkBookChecks } from './remark-book-checks';
import { rehypeKatexStrict } from './rehype-katex-strict';
import { rehypeScrollableMath } from './rehype-scrollable';
import { remarkSectionText, type SectionText } from './remark-section-text';
import { remarkFigures, type FigureOptions } from './remark-figures';

/** Fence languages the book may use. Shiki loads only these, lazily (all ~350 grammars cost ~11 s per process). */
export const codeLangs = ['python', 'bash', 'shell', 'text', 'json', 'javascript', 'typescript', 'yaml', 'sql'] as const;

/** Components the pages hand to MDX (see components/mdx). Chapters may not import their own. */
export const mdxComponentNames = ['Cite', 'References', 'Sampling', 'Figure', 'FigRef', 'UnitEconomics', 'Attention', 'GradientDescent', 'ScalingLaw', 'ClassifierMetrics', 'Tokenizer'] as const;

export type CompileInput = {
  file: string;
  lang: string;
  /** The chapter's outline section ids (h2), in order. */
  sections: readonly string[];
  links: LinkTargets['sectionsOf'];
  referenceIds: ReadonlySet<string>;
  /** Figure numbering and definitions; a chapter compiled without them may not hold figures. */
  figures?: Omit<FigureOptions, 'lang' | 'collect'>;
};

export type Compiled = {
  code: string;
  frontmatter: Record<string, unknown>;
  headings: HeadingInfo[];
  /** Plain text per section, for search. */
  sections: SectionText[];
  /** The chapter's figures in order, with their numbers. */
  figures: { id: string; number: string; line: number }[];
};

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'ContentError';
  }
}

const showLanguage: ShikiTransformer = {
  name: 'book:data-language',
  pre(node) {
    node.properties['data-language'] = this.options.lang;
  },
};

/**
 * The one MDX pipeline of the book. Order matters:
 *  remark  1. gfm (tables), cjk-friendly (so **加粗：** parses next to full-width punctuation),
 *          2. math (turns $…$ into math nodes before anything could read them as text),
 *          3. heading ids → book links → checks: these validate the author's input and stop the
 *             build with file:line, so they run on the Markdown tree where positions are exact.
 *             Figures are numbered here too (remark-figures), so every output agrees on "图 2.5".
 *          4. section text for search, after the ids exist (it reads them) and after the figures
 *             have their numbers (search text carries "图 2.5").
 *  rehype  5. KaTeX, then the strict check on its messages and a tab stop on wide formulas, BEFORE Shiki: display math arrives
 *             as <pre><code class="language-math">, which Shiki would otherwise highlight as code.
 *          6. Shiki with light and dark themes, writing colours inline (no highlighter in the browser).
 */
export async function compileMdx(input: CompileInput): Promise<Compiled> {
  const headings: HeadingInfo[] = [];
  const sections: SectionText[] = [];
  const figures: Compiled['figures'] = [];
  const figureOptions: FigureOptions = {
    chapter: '',
    chapterNumber: null,
    places: new Map(),
    defs: new Map(),
    ...input.figures,
    lang: input.lang as FigureOptions['lang'],
    collect: figures,
  };
  const file = path.resolve(input.file);
  try {
    const result = await bundleMDX({
      file,
      cwd: path.dirname(file),
      mdxOptions(options) {
        options.remarkPlugins = [
          ...(options.remarkPlugins ?? []),
          remarkGfm,
          remarkCjkFriendly,
          remarkMath,
          [remarkHeadingIds, { sections: input.sections, collect: headings }],
          [remarkBookLinks, { lang: input.lang, sectionsOf: input.links }],
          [remarkBookChecks, { codeLangs, referenceIds: input.referenceIds, components: mdxComponentNames }],
          [remarkFigures, figureOptions],
          [remarkSectionText, { collect: sections }],
        ];
        options.rehypePlugins = [
          ...(options.rehypePlugins ?? []),
          [rehypeKatex, { strict: 'ignore', output: 'htmlAndMathml' }],
          rehypeKatexStrict,
          rehypeScrollableMath,
          [
            rehypeShiki,
            {
              themes: { light: 'github-light-default', dark: 'github-dark-default' },
              langs: [...codeLangs],
              lazy: true,
              transformers: [showLanguage],
            },
          ],
        ];
        return options;
      },
      // Errors are reported once, as a ContentError below; esbuild's own log would repeat them.
      esbuildOptions(options) {
        options.logLevel = 'silent';
        return options;
      },
    });
    return { code: result.code, frontmatter: result.frontmatter, headings, sections, figures };
  } catch (error) {
    throw toContentError(error, file);
  }
}

type EsbuildFailure = { errors?: { text: string; location?: { line: number; column: number } | null }[] };

/**
 * @mdx-js/esbuild reports a remark/rehype failure as one esbuild error whose text is
 * "Cannot process MDX file with esbuild:\n  /abs/file.mdx:LINE:COL: reason"; unwrap it into a
 * ContentError "file:line:col: reason" that an author can click.
 */
function toContentError(error: unknown, file: string): Error {
  const rel0 = path.relative(process.cwd(), file);
  // Front matter is parsed by gray-matter (js-yaml) before MDX: its mark counts from the line after "---".
  const yaml = error as { name?: string; reason?: string; mark?: { line: number; column: number } };
  if (yaml.name === 'YAMLException' && yaml.mark) {
    return new ContentError(rel0, yaml.mark.line + 1, yaml.mark.column + 1, `Invalid front matter: ${yaml.reason ?? 'YAML error'}`);
  }
  const first = (error as EsbuildFailure).errors?.[0];
  if (!first) return error instanceof Error ? error : new Error(String(error));
  const rel = path.relative(process.cwd(), file);
  const inner = /(?:^|\n)\s*(?:\/[^\n]*?:)?(\d+):(\d+)(?:-\d+(?::\d+)?)?: ([\s\S]*)$/.exec(first.text);
  if (inner) return new ContentError(rel, Number(inner[1]), Number(inner[2]), (inner[3] ?? '').trim());
  return new ContentError(rel, first.location?.line ?? 0, (first.location?.column ?? 0) + 1, first.text);
}
