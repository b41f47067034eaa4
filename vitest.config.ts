import { defineConfig } from 'vitest/config';
import path from 'node:path';

const alias = { '@': path.resolve(import.meta.dirname) };
// Two projects so that `npm run test:unit` works on a fresh clone: `unit` needs nothing built;
// `site` reads the export (out/, out-base/) and the PDFs (pdf/) that `npm test` makes first.
export default defineConfig({
  resolve: { alias },
  test: {
    // Compiling MDX and running Python are slow on 2 cores; a few files at a time is faster than many.
    maxWorkers: 2,
    testTimeout: 60_000,
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/site/**'], testTimeout: 60_000 } },
      { resolve: { alias }, test: { name: 'site', include: ['tests/unit/site/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
