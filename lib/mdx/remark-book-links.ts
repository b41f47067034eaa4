import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { parseAuthorLink, routes } from '../routes';

export type LinkTargets = {
  lang: string;
  /** Returns the chapter's section ids, or undefined when the chapter does not exist (yet). */
  sectionsOf: (chapter: string) => readonly string[] | undefined;
};

/**
 * Book-internal links are written without a language, `/chapter/#section`, so the same text
 * works in both editions. This checks the target exists (a broken link stops the build) and
 * prefixes the language; the base path is added when rendering (next/link).
 */
export function remarkBookLinks({ lang, sectionsOf }: LinkTargets) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'link', (node) => {
      const url = node.url;
      if (url.startsWith('#')) return; // same-page anchors are checked against the page's ids later
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
        if (!/^(https|mailto):/.test(url)) file.fail(`External links must use https: "${url}"`, node);
        return;
      }
      const link = parseAuthorLink(url);
      if (!link) file.fail(`Internal link "${url}" must look like /chapter/ or /chapter/#section`, node);
      const { chapter, section } = link;
      const sections = sectionsOf(chapter);
      if (!sections) file.fail(`Broken link "${url}": no chapter "${chapter}"`, node);
      if (section && !sections.includes(section)) file.fail(`Broken link "${url}": chapter "${chapter}" has no section "${section}"`, node);
      node.url = routes.chapter(lang, chapter, section);
    });
  };
}
