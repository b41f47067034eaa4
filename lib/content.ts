import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { toc, type TocChapter } from '@/content/toc';
import { compileMdx, type Compiled } from './mdx/pipeline';
import { langs, type Lang } from './i18n/langs';
import { readingOrder, type ReadingEntry } from './book';
import { referenceIds } from './references';
import { numberFigures, type FigurePlace } from './figures/numbering';
import { figureById } from '@/content/figures';

const root = process.cwd();
// BOOK_CONTENT_DIR points the build at another copy of the book (the bad-input tests use it).
export const contentDir = process.env.BOOK_CONTENT_DIR ? path.resolve(process.env.BOOK_CONTENT_DIR) : path.join(root, 'content');
const cacheDir = path.join(root, 'node_modules', '.cache', 'book-mdx');

export const OVERVIEW = 'book-overview';

export function chapterFile(lang: Lang, slug: string, dir = contentDir): string {
  return path.join(dir, lang, `${slug}.mdx`);
}

const tocChapters = new Map<string, TocChapter>(toc.flatMap((p) => p.chapters.map((c) => [c.slug, c] as const)));

/**
 * Which chapters exist. A chapter is published only when both languages have it; one language
 * alone is an error (a reader switching language would land nowhere), and so is a file that the
 * table of contents does not know.
 */
export function bookOrder(dir = contentDir): ReadingEntry[] {
  for (const lang of langs) {
    const langDir = path.join(dir, lang);
    for (const name of fs.existsSync(langDir) ? fs.readdirSync(langDir) : []) {
      const slug = name.replace(/\.mdx$/, '');
      if (!name.endsWith('.mdx') || slug === OVERVIEW) continue;
      if (!tocChapters.has(slug)) throw new Error(`content/${lang}/${name}: "${slug}" is not a chapter in content/toc.ts`);
    }
  }
  return readingOrder(toc, (slug) => {
    const present = langs.filter((lang) => fs.existsSync(chapterFile(lang, slug, dir)));
    if (present.length > 0 && present.length < langs.length) {
      const missing = langs.filter((l) => !present.includes(l));
      throw new Error(`content/${missing[0]}/${slug}.mdx is missing: chapter "${slug}" exists only in ${present.join(', ')}`);
    }
    return present.length === langs.length;
  });
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
export function figurePlaces(lang: Lang): Map<string, FigurePlace> {
  return numberFigures(
    bookOrder().map((e) => ({ slug: e.slug, number: tocChapters.get(e.slug)?.number ?? null, source: fs.readFileSync(chapterFile(lang, e.slug), 'utf8') })),
  );
}

const memo = new Map<string, Promise<ChapterDoc>>();

/**
 * Compiles a chapter (or the overview) once per source text: keyed on a hash of the source, the
 * pipeline code and everything the validators read, so an edit shows after a reload in dev and
 * unchanged chapters are not recompiled by every build worker.
 */
export function loadChapter(lang: Lang, slug: string): Promise<ChapterDoc> {
  const file = chapterFile(lang, slug);
  const source = fs.readFileSync(file, 'utf8');
  const order = bookOrder();
  const sections = slug === OVERVIEW ? [] : (tocChapters.get(slug)?.sections ?? []);
  const sectionsOf = (c: string) => order.find((e) => e.slug === c)?.sections;
  const places = figurePlaces(lang);
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
