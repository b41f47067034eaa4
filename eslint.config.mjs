import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'out/**', 'out-*/**', 'out.previous/**', 'pdf/**', 'bench/**', 'next-env.d.ts', 'tests/fixtures/**', 'test-results/**', 'playwright-report/**']),
]);
