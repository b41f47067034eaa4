import type { ComponentType } from 'react';
import { getMDXComponent } from 'mdx-bundler/client';
import type { Lang } from '@/lib/i18n/langs';
import type { CitedAt } from '@/lib/build/citations';
import { interactive, type RenderTarget } from '@/lib/render-target';
import { previewOf } from '@/lib/references';
import { getT } from '@/lib/i18n';
import { makePre } from './Pre';
import { makeCite } from './Cite';
import { makeA } from './A';
import { Table } from './Table';
import { makeReferences } from './References';
import { makeHeading } from './Heading';
import { makeSampling } from '../widgets/sampling/Sampling';
import { makeFigRef, makeFigure } from './Figure';
import { makeAttention } from '../widgets/attention/Attention';
import { makeGradientDescent } from '../widgets/gradient-descent/GradientDescent';
import { makeScalingLaw } from '../widgets/scaling-law/ScalingLaw';
import { makeClassifierMetrics } from '../widgets/classifier-metrics/ClassifierMetrics';
import { makeTokenizer } from '../widgets/tokenizer/Tokenizer';
import { makeUnitEconomics } from '../widgets/unit-economics/UnitEconomics';

type MdxComponent = ComponentType<{ components: Record<string, ComponentType<never>> }>;

// Compiled chapters are evaluated once per process, not on every render.
const evaluated = new Map<string, MdxComponent>();
function mdxComponent(code: string): MdxComponent {
  let component = evaluated.get(code);
  if (!component) {
    component = getMDXComponent(code) as MdxComponent;
    evaluated.set(code, component);
  }
  return component;
}

/**
 * What rendering a chapter needs besides its code: the chapter and where it is rendered (ids and
 * links depend on it, lib/render-target.ts), and where each reference is cited (Appendix B).
 */
export type ArticleContext = {
  lang: Lang;
  chapter: string;
  target: RenderTarget;
  cited: ReadonlyMap<string, CitedAt[]>;
  /** Section numbers by heading id ("2.5", "2.5.3"), from lib/book.ts headingNumbers. */
  numbers: ReadonlyMap<string, string>;
};

/**
 * The one registry of components chapters can use (keep in sync with mdxComponentNames in
 * lib/mdx/pipeline.ts, which rejects any other tag at compile time). Everything here renders
 * plain HTML: the article is turned into a string at build time and never hydrated, so
 * anything interactive is either static markup served by a page-level listener
 * (components/article/ArticleActions.client.tsx) or an island (components/islands/).
 */
function componentsFor(context: ArticleContext) {
  const { lang, cited } = context;
  const t = getT(lang);
  const heading = { anchor: t('heading.anchor'), copy: t('heading.copy'), copied: t('heading.copied') };
  return {
    h2: makeHeading('h2', heading, context),
    h3: makeHeading('h3', heading, context),
    pre: makePre({ copy: t('code.copy'), copied: t('code.copied'), copyLabel: t('code.copyLabel') }),
    a: makeA(context),
    table: Table,
    Cite: makeCite(context),
    References: makeReferences(context, cited),
    Sampling: makeSampling(lang),
    Figure: makeFigure(context),
    FigRef: makeFigRef(context),
    UnitEconomics: makeUnitEconomics(lang),
    Attention: makeAttention(lang),
    GradientDescent: makeGradientDescent(lang),
    ScalingLaw: makeScalingLaw(lang),
    ClassifierMetrics: makeClassifierMetrics(lang),
    Tokenizer: makeTokenizer(lang),
  };
}

/** Synchronous and free of hooks, so react-dom/server can render it outside Next (scripts/finish-export.ts). */
export function MdxContent({ code, context }: { code: string; context: ArticleContext }) {
  const Content = mdxComponent(code);
  // Rendered once per page; the compiled chapter is cached above, so its identity is stable and
  // the rule's concern (remounting on every render) does not apply.
  // eslint-disable-next-line react-hooks/static-components
  const content = <Content components={componentsFor(context)} />;
  if (!interactive(context.target)) return content;
  return (
    <>
      {content}
      <CiteData context={context} />
    </>
  );
}

/**
 * The references this chapter cites, as data for the citation preview
 * (components/article/CitePreview.client.tsx): only what the page cites, in its language.
 */
function CiteData({ context: { lang, chapter, cited } }: { context: ArticleContext }) {
  const data = Object.fromEntries(
    [...cited].filter(([, at]) => at.some((c) => c.chapter === chapter)).map(([id]) => [id, previewOf(id, lang)]),
  );
  if (Object.keys(data).length === 0) return null;
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/json" data-cite-data dangerouslySetInnerHTML={{ __html: json }} />;
}
