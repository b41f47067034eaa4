import { defineConfig, devices } from '@playwright/test';
import fs from 'node:fs';

// Debian's Chromium, never a downloaded browser (downloads are not possible here; see README).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(executablePath)) {
  throw new Error(
    `No Chromium at ${executablePath}. Install it with "apt-get install -y chromium fonts-noto-cjk" ` +
      'or point CHROMIUM_PATH at a Chromium binary.',
  );
}

const port = Number(process.env.E2E_PORT ?? 4173);
// The sub-path build (scripts/build-base-path.mjs) is tested when it exists; npm test makes it.
const basePathBuild = fs.existsSync('out-base/book/index.html');
const serve = (dir: string, p: number) => ({
  command: `npx serve ${dir} -l tcp://127.0.0.1:${p} --no-clipboard --no-request-logging`,
  url: `http://127.0.0.1:${p}/`,
  reuseExistingServer: false,
  timeout: 30_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath },
    trace: 'off',
  },
  projects: [
    { name: 'chromium', testIgnore: /base-path\.spec\.ts/, use: { ...devices['Desktop Chrome'], channel: undefined } },
    ...(basePathBuild
      ? [{ name: 'base-path', testMatch: /base-path\.spec\.ts/, use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${port + 1}` } }]
      : []),
  ],
  // The exported site, exactly as a static host would serve it (serve answers HEAD, which
  // Next's <Link> prefetch uses).
  webServer: [serve('out', port), ...(basePathBuild ? [serve('out-base', port + 1)] : [])],
});
