// Compiles and validates every chapter in every language before `next build`, so a content
// error stops the build with "file:line:col: reason" instead of a stack trace from a worker.
// Run: npm run check:content (also part of npm run build). The checks are lib/content.ts checkBook.
import { checkBook } from '../lib/build/content';
import { langs } from '../lib/i18n/langs';
import { ContentError } from '../lib/mdx/pipeline';

const started = Date.now();
checkBook().then(
  ({ documents }) => {
    console.log(`content ok: ${documents} documents in ${langs.length} languages in ${Date.now() - started} ms`);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error instanceof ContentError ? `\nContent error\n  ${error.message}\n` : error);
    process.exit(1);
  },
);
