import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Pages are complete static documents whose article is not in React's payload
      // (lib/article-slot.ts): moving between them is a page load by design, not a router push.
      '@next/next/no-location-assign-relative-destination': 'off',
    },
  },
  // The boundaries of lib/ (ARCHITECTURE.md, "Conventions"), enforced rather than hoped for.
  {
    // Code that reaches the browser never pulls in build-time code (file system, MDX compiler).
    files: ['**/*.client.tsx', 'components/islands/**', 'components/search/**', 'components/widgets/**/*.client.tsx', 'lib/browser/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/lib/build/*', '@/lib/build/*', '**/lib/mdx/*', '@/lib/mdx/*', '**/lib/figures/*', '@/lib/figures/*'], message: 'Build-time code (lib/build, lib/mdx, lib/figures) must not reach the browser.' },
        { group: ['node:*', 'fs', 'path', 'mdx-bundler', 'shiki', 'katex', 'esbuild'], message: 'Node and build tools do not run in the browser.' },
      ] }],
    },
  },
  {
    // lib/ outside build/, mdx/, figures/ and browser/ is pure: no I/O, no DOM, so it runs anywhere and is tested directly.
    files: ['lib/**/*.ts'],
    ignores: ['lib/build/**', 'lib/mdx/**', 'lib/figures/**', 'lib/browser/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'child_process', '**/build/*', '**/browser/*'], message: 'lib/ is pure: I/O goes to lib/build/, DOM code to lib/browser/.' }] }],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'sessionStorage', 'navigator', 'location'],
    },
  },
  globalIgnores(['.next/**', 'out/**', 'out-*/**', 'out.previous/**', 'pdf/**', 'bench/**', 'next-env.d.ts', 'tests/fixtures/**', 'test-results/**', 'playwright-report/**', '*.tmp.mjs']),
]);
