import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Compiling MDX and running Python are slow on 2 cores; a few files at a time is faster than many.
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
