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
  globalIgnores(['.next/**', 'out/**', 'out-*/**', 'out.previous/**', 'pdf/**', 'bench/**', 'next-env.d.ts', 'tests/fixtures/**', 'test-results/**', 'playwright-report/**', '*.tmp.mjs']),
]);
