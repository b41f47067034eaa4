import type { Heading, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { texToPlain } from '../plain-text';
// Type-only imports that teach mdast about MDX expression nodes and hProperties.
import type {} from 'mdast-util-mdx-expression';
import type {} from 'mdast-util-to-hast';

export type HeadingInfo = { depth: 2 | 3; id: string; text: string; line: number };

export type HeadingIdOptions = {
  /** Ids the chapter's h2 headings must use, in this order (from content/toc.ts). */
  sections: readonly string[];
  /** Receives the headings found, in document order. */
  collect: HeadingInfo[];
};

const ID_COMMENT = /^\s*\/\*\s*#([^\s*]*)\s*\*\/\s*$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads explicit heading ids written as `## Title {/* #slug *\/}` (react.dev's convention; MDX
 * cannot use `{#id}` because a brace starts an expression) and enforces the book's contract:
 * every h2 and h3 has an ASCII slug id, ids are unique, and the h2 ids are exactly the chapter's
 * outline sections in order (when the outline lists any) — which is what lets zh and en share
 * deep links.
 */
export function remarkHeadingIds(options: HeadingIdOptions) {
  return (tree: Root, file: VFile) => {
    const seen = new Set<string>();
    visit(tree, 'heading', (node: Heading) => {
      if (node.depth === 1) file.fail('Do not use "#" headings: the chapter title comes from the front matter', node);
      if (node.depth > 3) file.fail(`Headings go down to "###" only (found depth ${node.depth})`, node);
      const last: PhrasingContent | undefined = node.children.at(-1);
      const match = last?.type === 'mdxTextExpression' ? ID_COMMENT.exec(last.value) : null;
      if (!match) {
        file.fail(`Heading "${toString(node)}" has no id: end it with {/* #your-slug */}`, node);
      }
      const id = match[1] ?? '';
      if (!SLUG.test(id)) file.fail(`Heading id "${id}" must be lowercase ASCII words joined by "-"`, node);
      if (seen.has(id)) file.fail(`Duplicate heading id "${id}"`, node);
      seen.add(id);

      node.children.pop();
      const tail = node.children.at(-1);
      if (tail?.type === 'text') tail.value = tail.value.trimEnd();
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };

      const depth = node.depth as 2 | 3;
      // A chapter whose outline lists no sections (the closing summary) still structures itself
      // with h2s, so headings never skip a level after the title; their ids are its own.
      if (depth === 2 && options.sections.length > 0) {
        const expected = options.sections[options.collect.filter((h) => h.depth === 2).length];
        if (!options.sections.includes(id)) {
          file.fail(`Section id "${id}" is not in the outline for this chapter (expected one of: ${options.sections.join(', ') || 'none'})`, node);
        }
        if (id !== expected) file.fail(`Section "${id}" is out of order: expected "${expected}" here (see content/toc.ts)`, node);
      }
      options.collect.push({ depth, id, text: plainText(node), line: node.position?.start.line ?? 0 });
    });
    const found = options.collect.filter((h) => h.depth === 2).map((h) => h.id);
    const missing = options.sections.filter((s) => !found.includes(s));
    if (missing.length > 0) file.fail(`Missing section(s): ${missing.join(', ')}`, tree.children.at(-1) ?? tree);
  };
}

/** A heading as plain text: its inline math read as text ("√dₖ"), not as TeX source. */
function plainText(node: Heading): string {
  return node.children.map((child) => (child.type === 'inlineMath' ? texToPlain(child.value) : toString(child))).join('').trim();
}
