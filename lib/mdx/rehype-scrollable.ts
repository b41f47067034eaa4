import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * A display formula wider than the column scrolls sideways; keyboard users must be able to reach
 * it to scroll (WCAG 2.1.1, axe "scrollable-region-focusable"), so it gets a tab stop. Runs after
 * KaTeX, which creates the .katex-display wrappers.
 */
export function rehypeScrollableMath() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const cls = node.properties.className;
      if (Array.isArray(cls) && cls.includes('katex-display')) {
        node.properties.tabIndex = 0;
      }
    });
  };
}
