// Compiles and validates every chapter in both languages before `next build`, so a content
// error stops the build with "file:line:col: reason" instead of a stack trace from a worker.
// Run: npm run check:content (also part of npm run build).
import { bookOrder, chapterFile, loadChapter, OVERVIEW } from '../lib/content';
import { langs } from '../lib/i18n/langs';
import { ContentError } from '../lib/mdx/pipeline';
import { checkFigures } from '../lib/figures/book-check';
import { defaultDataDir } from '../lib/figures/types';
import { figures } from '../content/figures';
import fs from 'node:fs';

async function main(): Promise<number> {
  const started = Date.now();
  const order = bookOrder();
  let chapters = 0;
  for (const slug of [OVERVIEW, ...order.map((c) => c.slug)]) {
    const docs = [];
    for (const lang of langs) docs.push(await loadChapter(lang, slug));
    // Deep links are shared across languages: both editions must have the same h2/h3 ids in order.
    const [a, b] = docs;
    const ids = (d: typeof a) => d!.headings.map((h) => `${h.depth}:${h.id}`);
    const [ia, ib] = [ids(a), ids(b)];
    const i = ia.findIndex((id, k) => id !== ib[k]);
    if (i >= 0 || ia.length !== ib.length) {
      const k = i >= 0 ? i : Math.min(ia.length, ib.length);
      const h = (b!.headings[k] ?? a!.headings[k])!;
      throw new ContentError(`content/${h === b!.headings[k] ? b!.lang : a!.lang}/${slug}.mdx`, h.line, 1,
        `Headings differ between languages at #${k + 1}: ${a!.lang} has "${ia[k] ?? 'nothing'}", ${b!.lang} has "${ib[k] ?? 'nothing'}"`);
    }
    chapters += 1;
  }
  // Figures: same in both editions, all placed, charts and tables agreeing.
  const [problem] = checkFigures({
    chapters: order.map((c) => c.slug),
    langs,
    source: (lang, slug) => fs.readFileSync(chapterFile(lang, slug), 'utf8'),
    figures,
    dataDir: defaultDataDir,
  });
  if (problem) throw new ContentError(problem.file, problem.line, 1, problem.reason);
  console.log(`content ok (${figures.length} figures): ${chapters} documents × ${langs.length} languages in ${Date.now() - started} ms`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ContentError ? `\nContent error\n  ${error.message}\n` : error);
    process.exit(1);
  },
);
