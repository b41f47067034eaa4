import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { Lang } from '@/lib/i18n/langs';
import { figureLabel, type FigurePlace } from '@/lib/figures/numbering';

export type FigureMeta = { chapter: string; caption: { zh: string; en: string } };

export type FigureOptions = {
  lang: Lang;
  chapter: string;
  /** "2" → figures 2.1, 2.2 …; null for an unnumbered chapter, which may not hold figures. */
  chapterNumber: string | null;
  /** Every figure of the book in this language (lib/figures/numbering.ts), for cross-references. */
  places: ReadonlyMap<string, FigurePlace>;
  /** Every figure definition (content/figures/index.ts). */
  defs: ReadonlyMap<string, FigureMeta>;
  /** Receives this chapter's figures, in order. */
  collect?: { id: string; number: string; line: number }[];
};

type El = MdxJsxFlowElement | MdxJsxTextElement;
const ID = /^fig-[a-z0-9]+(?:-[a-z0-9]+)*$/;

function literal(el: El, name: string, file: VFile): string {
  const a = el.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a || typeof a.value !== 'string' || a.value === '') file.fail(`<${el.name}> needs ${name}="…" (a plain string)`, el);
  return a.value as string;
}

/** Words search indexes for the element (remark-section-text reads them). */
function setSearchText(el: El, text: string) {
  el.data = { ...el.data, searchText: text } as unknown as El['data'];
}

function setAttr(el: El, name: string, value: string) {
  el.attributes = el.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
  el.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/**
 * Numbers the chapter's <Figure id="fig-…"/> in order ("图 2.5" / "Figure 2.5") and resolves every
 * <FigRef id="fig-…"/> to its number and chapter, so the page, the print page, the PDF and search
 * print the same number (search indexes the label, "图 2.5"). Stops the build with file:line on an unknown, misplaced, duplicated or
 * unreferenced figure, like a broken section link.
 */
export function remarkFigures(o: FigureOptions) {
  return (tree: Root, file: VFile) => {
    const figures: { id: string; el: El }[] = [];
    const referenced = new Set<string>();
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const el = node as El;
      if (el.name === 'Figure') {
        if (el.type !== 'mdxJsxFlowElement') file.fail('<Figure> stands on a line of its own, between paragraphs', el);
        const id = literal(el, 'id', file);
        if (!ID.test(id)) file.fail(`Figure id "${id}" must be "fig-" followed by lowercase ASCII words joined by "-"`, el);
        const def = o.defs.get(id);
        if (!def) file.fail(`Figure "${id}" has no definition: add content/figures/${o.chapter}/${id}.ts and list it in content/figures/index.ts`, el);
        if (def.chapter !== o.chapter) file.fail(`Figure "${id}" belongs to chapter "${def.chapter}", not "${o.chapter}"`, el);
        if (figures.some((f) => f.id === id)) file.fail(`Figure "${id}" appears twice`, el);
        if (o.chapterNumber === null) file.fail('This chapter has no number, so its figures could not be numbered', el);
        figures.push({ id, el });
        const number = `${o.chapterNumber}.${figures.length}`;
        const place = o.places.get(id);
        if (place?.chapter !== o.chapter || place.number !== number) {
          file.fail(`Figure "${id}" must start a line with exactly <Figure id="${id}" (found as ${number} here, ${place ? `${place.number} by the book's scan` : 'not by the book scan'})`, el);
        }
        setAttr(el, 'number', number);
        // Only the label: indexing whole captions let sections with several figures outrank the
        // section that defines a term ("attention" → multi-head-attention above attention-mechanism).
        setSearchText(el, figureLabel(o.lang, number));
        o.collect?.push({ id, number, line: el.position?.start.line ?? 0 });
      } else if (el.name === 'FigRef') {
        const id = literal(el, 'id', file);
        const place = o.places.get(id);
        if (!place) file.fail(`<FigRef id="${id}"> points to no figure (figures are placed with <Figure id="…" /> in a chapter)`, el);
        referenced.add(id);
        setAttr(el, 'number', place.number);
        setAttr(el, 'chapter', place.chapter);
        setSearchText(el, figureLabel(o.lang, place.number));
      }
    });
    for (const f of figures) {
      if (!referenced.has(f.id)) file.fail(`Figure "${f.id}" is never referenced: point to it from the text with <FigRef id="${f.id}" />`, f.el);
    }
  };
}
