import type { ComponentType } from 'react';
import { getMDXComponent } from 'mdx-bundler/client';
import type { Lang } from '@/lib/i18n/langs';
import type { CitedAt } from '@/lib/citations';
import { getT } from '@/lib/i18n';
import { makePre } from './Pre';
import { makeCite } from './Cite';
import { A, makePrintA } from './A';
import { Table } from './Table';
import { makeReferences } from './References';
import { makeHeading } from './Heading';
import { makeSampling } from '../widgets/sampling/Sampling';
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

/** On the print page: the chapter being rendered, so ids and links can be made unique in one document. */
export type PrintContext = { chapter: string };

/** What a chapter needs besides its code: where each reference is cited (Appendix B's back-links). */
export type ArticleContext = { lang: Lang; cited: ReadonlyMap<string, CitedAt[]>; print?: PrintContext };

/**
 * The one registry of components chapters can use (keep in sync with mdxComponentNames in
 * lib/mdx/pipeline.ts, which rejects any other tag at compile time). Everything here renders
 * plain HTML: the article is turned into a string at build time and never hydrated, so
 * anything interactive is either static markup served by a page-level listener
 * (components/article/ArticleActions.client.tsx) or an island (components/islands/).
 */
function componentsFor({ lang, cited, print }: ArticleContext) {
  const t = getT(lang);
  const heading = { anchor: t('heading.anchor'), copy: t('heading.copy'), copied: t('heading.copied') };
  return {
    h2: makeHeading('h2', heading, print),
    h3: makeHeading('h3', heading, print),
    pre: makePre({ copy: t('code.copy'), copied: t('code.copied'), copyLabel: t('code.copyLabel') }),
    a: print ? makePrintA(lang, print.chapter) : A,
    table: Table,
    Cite: makeCite(lang, print),
    References: makeReferences(lang, cited, print),
    Sampling: makeSampling(lang),
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
  return <Content components={componentsFor(context)} />;
}
