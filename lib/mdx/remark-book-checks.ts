import type { Root } from 'mdast';
import type { MdxJsxTextElement, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type {} from 'mdast-util-mdxjs-esm';

export type BookCheckOptions = {
  /** Languages Shiki is set up to highlight. */
  codeLangs: readonly string[];
  /** Citation ids present in content/references.json. */
  referenceIds: ReadonlySet<string>;
  /** Components the pages pass to MDX; anything else would fail at render time, so fail now. */
  components: readonly string[];
};

/** Checks that would otherwise surface late (at render time) or silently (unhighlighted code). */
export function remarkBookChecks({ codeLangs, referenceIds, components }: BookCheckOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'code', (node) => {
      if (!node.lang) file.fail('Code block without a language: write ```python, ```bash, ```text …', node);
      if (node.lang === 'math') return;
      if (!codeLangs.includes(node.lang)) {
        file.fail(`Unknown code-block language "${node.lang}" (known: ${codeLangs.join(', ')}; add it in lib/mdx/pipeline.ts)`, node);
      }
    });
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      const el = node as MdxJsxTextElement | MdxJsxFlowElement;
      if (!el.name || !components.includes(el.name)) {
        file.fail(`Unknown component <${el.name ?? ''}> (known: ${components.join(', ')})`, el);
      }
      if (el.name === 'Cite') {
        const idAttr = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
        const id = typeof idAttr?.value === 'string' ? idAttr.value : undefined;
        if (!id) file.fail('<Cite> needs id="…"', el);
        for (const one of id.split(',').map((s) => s.trim())) {
          if (!referenceIds.has(one)) file.fail(`Citation "${one}" has no entry in content/references.json`, el);
        }
      }
    });
    visit(tree, (node) => {
      // remark-mdx-frontmatter adds its own export without a position; only the author's count.
      if (node.type === 'mdxjsEsm' && node.position) file.fail('import/export is not allowed in book chapters: components come from the page', node);
    });
  };
}
