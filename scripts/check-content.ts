// Compiles and validates every chapter in every language before `next build`, so a content
// error stops the build with "file:line:col: reason" instead of a stack trace from a worker.
// Run: npm run check:content (also part of npm run build). The checks are lib/build/content.ts
// checkBook (every chapter compiled, headings alike in all editions) and the figures' check.
import fs from 'node:fs';
import { bookOrder, chapterFile, checkBook } from '../lib/build/content';
import { langs } from '../lib/i18n/langs';
import { ContentError } from '../lib/mdx/pipeline';
import { checkFigures } from '../lib/figures/book-check';
import { defaultDataDir } from '../lib/figures/types';
import { figures } from '../content/figures';

async function main(): Promise<void> {
  const started = Date.now();
  const { documents } = await checkBook();
  // Figures: same in every edition, all placed, charts and tables agreeing.
  const [problem] = checkFigures({
    chapters: bookOrder().map((c) => c.slug),
    langs,
    source: (lang, slug) => fs.readFileSync(chapterFile(lang, slug), 'utf8'),
    figures,
    dataDir: defaultDataDir,
  });
  if (problem) throw new ContentError(problem.file, problem.line, 1, problem.reason);
  console.log(`content ok (${figures.length} figures): ${documents} documents in ${langs.length} languages in ${Date.now() - started} ms`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof ContentError ? `\nContent error\n  ${error.message}\n` : error);
    process.exit(1);
  },
);
