import type { Nodes, Root } from 'mdast';
import { texToPlain } from '../plain-text';
import { visit } from 'unist-util-visit';
import type {} from 'mdast-util-mdx-jsx';

export type SectionText = {
  /** The h2/h3 id, or '' for the chapter's text before its first section. */
  id: string;
  depth: 1 | 2 | 3;
  title: string;
  /** Plain prose: no code, no math, no components. What search indexes. */
  text: string;
  /** Bold phrases: where the book defines a term, it sets it in bold. */
  terms: string[];
  /** Reference ids cited in this section (<Cite id>), for Appendix B's back-links. */
  cites: string[];
};

const SKIP = new Set(['code', 'math', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'yaml', 'html']);

function plain(node: Nodes): string {
  // Figures and figure references carry their own words ("图 2.5 …"), set by remark-figures.
  const own = (node.data as { searchText?: string } | undefined)?.searchText;
  if (own !== undefined) return ` ${own} `;
  if (SKIP.has(node.type)) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  // Inline math stays in the sentence in a readable form ("h 组" instead of " 组"); display
  // math is skipped (SKIP): it stands apart from the prose and reads badly as one line of text.
  if (node.type === 'inlineMath') return texToPlain(node.value);
  if (!('children' in node)) return '';
  const sep = node.type === 'root' || node.type === 'list' || node.type === 'table' || node.type === 'tableRow' ? ' ' : '';
  return (node.children as Nodes[]).map(plain).join(sep);
}

/**
 * Splits the chapter into its sections' plain text (h2 and h3 each start a record) for the
 * search index. Runs after remark-heading-ids, whose ids it reads, so search and the page can
 * never disagree about anchors.
 */
export function remarkSectionText({ collect }: { collect: SectionText[] }) {
  return (tree: Root) => {
    let current: SectionText = { id: '', depth: 1, title: '', text: '', terms: [], cites: [] };
    const parts: string[] = [];
    const flush = () => {
      current.text = parts.join(' ').replace(/\s+/g, ' ').trim();
      if (current.id !== '' || current.text !== '') collect.push(current);
      parts.length = 0;
    };
    for (const node of tree.children) {
      if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
        flush();
        const id = String((node.data?.hProperties as { id?: string } | undefined)?.id ?? '');
        current = { id, depth: node.depth, title: plain(node).trim(), text: '', terms: [], cites: [] };
        continue;
      }
      parts.push(plain(node));
      visit(node, (n) => {
        if ((n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === 'Cite') {
          const attr = n.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
          for (const id of String(attr?.value ?? '').split(',')) {
            if (id.trim() && !current.cites.includes(id.trim())) current.cites.push(id.trim());
          }
        }
      });
      visit(node, 'strong', (strong) => {
        const term = plain(strong).replace(/[：:，,。.]+$/u, '').trim();
        if (term.length > 0 && term.length <= 40 && !current.terms.includes(term)) current.terms.push(term);
      });
    }
    flush();
  };
}
