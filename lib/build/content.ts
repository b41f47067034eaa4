import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { toc, type TocChapter } from '@/content/toc';
import { compileMdx, type Compiled } from '../mdx/pipeline';
import { languages, type Lang, type LanguageInfo } from '../i18n/langs';
import { headingMismatch } from '../heading-parity';
import { ContentError } from '../mdx/pipeline';
import { readingOrder, type ReadingEntry } from '../book';
import { referenceIds } from '../references';
import { numberFigures, type FigurePlace } from '../figures/numbering';
import { figureById } from '@/content/figures';

const root = process.cwd();
// BOOK_CONTENT_DIR points the build at another copy of the book (the bad-input tests use it).
export const contentDir = process.env.BOOK_CONTENT_DIR ? path.resolve(process.env.BOOK_CONTENT_DIR) : path.join(root, 'content');
const cacheDir = path.join(root, 'node_modules', '.cache', 'book-mdx');

export const OVERVIEW = 'book-overview';

export function chapterFile(lang: string, slug: string, dir = contentDir): string {
  return path.join(dir, lang, `${slug}.mdx`);
}

const tocChapters = new Map<string, TocChapter>(toc.flatMap((p) => p.chapters.map((c) => [c.slug, c] as const)));

/** What the content checks need to know of an edition (lib/i18n/langs.ts has the rest). */
export type Edition = Pick<LanguageInfo, 'code' | 'required'>;

/**
 * Which chapters exist. A chapter is in the book when every required language has it; missing
 * in some required language while present in another is an error (a reader switching language
 * would land nowhere), and so is a file that the table of contents does not know. An optional
 * language publishes the chapters whose file it has (editionsOf).
 */
export function bookOrder(dir = contentDir, editions: readonly Edition[] = languages): ReadingEntry[] {
  for (const { code } of editions) {
    const langDir = path.join(dir, code);
    for (const name of fs.existsSync(langDir) ? fs.readdirSync(langDir) : []) {
      const slug = name.replace(/\.mdx$/, '');
      if (!name.endsWith('.mdx') || slug === OVERVIEW) continue;
      if (!tocChapters.has(slug)) throw new Error(`content/${code}/${name}: "${slug}" is not a chapter in content/toc.ts`);
    }
  }
  return readingOrder(toc, (slug) => {
    const present = editions.filter((e) => fs.existsSync(chapterFile(e.code, slug, dir)));
    const missing = editions.filter((e) => e.required && !present.includes(e));
    if (present.length > 0 && missing.length > 0) {
      throw new Error(`content/${missing[0]!.code}/${slug}.mdx is missing: chapter "${slug}" exists only in ${present.map((e) => e.code).join(', ')}`);
    }
    return present.length > 0;
  });
}

/** The languages a chapter is published in: every required one, and each optional one that has its file. */
export function editionsOf(slug: string, dir = contentDir, editions: readonly Edition[] = languages): string[] {
  return editions.filter((e) => e.required || fs.existsSync(chapterFile(e.code, slug, dir))).map((e) => e.code);
}

export type ChapterDoc = Compiled & { lang: Lang; slug: string; title: string; description: string };

const pipelineHash = (() => {
  const h = crypto.createHash('sha256');
  for (const dir of [path.join(root, 'lib', 'mdx'), path.join(root, 'lib', 'figures')]) {
    for (const f of fs.readdirSync(dir).sort()) h.update(f).update(fs.readFileSync(path.join(dir, f)));
  }
  return h.digest('hex');
})();

/** What compiled chapters read of the figures: their chapters and captions (drawings render later). */
const figureDefs = new Map([...figureById].map(([id, f]) => [id, { chapter: f.chapter, caption: f.caption }]));

/** Every figure of the book in one language, numbered by its place in its chapter. */
export function figurePlaces(lang: Lang, dir = contentDir, editions: readonly Edition[] = languages): Map<string, FigurePlace> {
  return numberFigures(
    bookOrder(dir, editions)
      .filter((e) => fs.existsSync(chapterFile(lang, e.slug, dir)))
      .map((e) => ({ slug: e.slug, number: tocChapters.get(e.slug)?.number ?? null, source: fs.readFileSync(chapterFile(lang, e.slug, dir), 'utf8') })),
  );
}

const memo = new Map<string, Promise<ChapterDoc>>();

/**
 * Compiles a chapter (or the overview) once per source text: keyed on a hash of the source, the
 * pipeline code and everything the validators read, so an edit shows after a reload in dev and
 * unchanged chapters are not recompiled by every build worker.
 */
export function loadChapter(lang: Lang, slug: string, dir = contentDir, editions: readonly Edition[] = languages): Promise<ChapterDoc> {
  const file = chapterFile(lang, slug, dir);
  const source = fs.readFileSync(file, 'utf8');
  const order = bookOrder(dir, editions);
  const sections = slug === OVERVIEW ? [] : (tocChapters.get(slug)?.sections ?? []);
  const sectionsOf = (c: string) => order.find((e) => e.slug === c)?.sections;
  const places = figurePlaces(lang, dir, editions);
  const figures = { chapter: slug, chapterNumber: tocChapters.get(slug)?.number ?? null, places, defs: figureDefs };
  const key = crypto
    .createHash('sha256')
    .update(JSON.stringify([source, pipelineHash, lang, slug, order.map((e) => [e.slug, e.sections]), [...referenceIds].sort(), [...places.values()], [...figureDefs]]))
    .digest('hex');
  let pending = memo.get(key);
  if (!pending) {
    pending = compileCached(key, { file, lang, sections, links: sectionsOf, referenceIds, figures }).then((compiled) => ({
      ...compiled,
      lang,
      slug,
      title: requireString(compiled.frontmatter, 'title', file),
      description: optionalString(compiled.frontmatter, 'description'),
    }));
    memo.set(key, pending);
  }
  return pending;
}

async function compileCached(key: string, input: Parameters<typeof compileMdx>[0]): Promise<Compiled> {
  const cached = path.join(cacheDir, `${key}.json`);
  if (fs.existsSync(cached)) return JSON.parse(fs.readFileSync(cached, 'utf8')) as Compiled;
  const compiled = await compileMdx(input);
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(cached, JSON.stringify(compiled));
  return compiled;
}

function requireString(fm: Record<string, unknown>, key: string, file: string): string {
  const v = fm[key];
  if (typeof v !== 'string' || v.trim() === '') throw new Error(`${path.relative(root, file)}:1:1: front matter needs "${key}"`);
  return v;
}

function optionalString(fm: Record<string, unknown>, key: string): string {
  const v = fm[key];
  return typeof v === 'string' ? v : '';
}

/** Chapter and section titles of the whole book in one language, for tables of contents. */
export async function loadTitles(lang: Lang): Promise<Record<string, { title: string; sections: Record<string, string> }>> {
  const titles: Record<string, { title: string; sections: Record<string, string> }> = {};
  for (const entry of bookOrder()) {
    const doc = await loadChapter(lang, entry.slug);
    titles[entry.slug] = {
      title: doc.title,
      sections: Object.fromEntries(doc.headings.map((h) => [h.id, h.text])),
    };
  }
  return titles;
}

/**
 * The build's content check (scripts/check-content.ts): compiles every chapter in every edition
 * that publishes it — which runs every validator of the pipeline — and requires the same
 * headings in all of them. Throws ContentError with file:line on the first problem.
 */
export async function checkBook(dir = contentDir, editions: readonly Edition[] = languages): Promise<{ documents: number }> {
  let documents = 0;
  for (const slug of [OVERVIEW, ...bookOrder(dir, editions).map((c) => c.slug)]) {
    const codes = editionsOf(slug, dir, editions).filter((code) => fs.existsSync(chapterFile(code, slug, dir)));
    const docs = [];
    for (const code of codes) docs.push(await loadChapter(code as Lang, slug, dir, editions));
    const mismatch = headingMismatch(docs.map((d, i) => ({ lang: codes[i]!, file: path.relative(root, chapterFile(codes[i]!, slug, dir)), headings: d.headings })));
    if (mismatch) throw new ContentError(mismatch.file, mismatch.line, 1, mismatch.reason);
    documents += docs.length;
  }
  return { documents };
}
