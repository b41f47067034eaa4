import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test also proves the page is healthy: no uncaught error, no console error, no
 * failed response and no request leaving 127.0.0.1 (the book must work offline and leak
 * nothing about its readers).
 */
export const test = base.extend<{ guard: void; expectedHttpErrors: RegExp[] }>({
  /** URLs a test expects to fail (e.g. visiting a missing page on purpose). */
  expectedHttpErrors: [[], { option: true }],
  guard: [
    async ({ page, expectedHttpErrors }, use) => {
      const problems: string[] = [];
      const expected = (url: string) => expectedHttpErrors.some((re) => re.test(url));
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && !expected(m.location().url) && problems.push(`console error: ${m.text()}`));
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:', 'about:'].includes(url.protocol)) {
          problems.push(`request to another host: ${r.url()}`);
        }
      });
      // Next's <Link> prefetches with HEAD; Chromium may report those aborted even when served.
      page.on('response', (r) => r.status() >= 400 && r.request().method() !== 'HEAD' && !expected(r.url()) && problems.push(`HTTP ${r.status()}: ${r.url()}`));
      await use();
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until React has hydrated the page: clicks and shortcuts before that would go nowhere. */
export async function ready(page: Page) {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
