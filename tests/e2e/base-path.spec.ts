import { test, expect, ready } from './fixtures';

// Built by scripts/build-base-path.mjs with BASE_PATH=/book and SITE_URL=https://books.example.org.
test('under a sub-path every link, asset, canonical URL and the search index carry the base path', async ({ page }) => {
  await page.goto('/book/zh/');
  // CSS arrived (the guard fails the test on any 404): the header is sticky, not static.
  expect(await page.locator('header').evaluate((h) => getComputedStyle(h).position)).toBe('sticky');
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(20);
  expect(hrefs.filter((h) => !h.startsWith('/book/'))).toEqual([]);
  // (Next adds a harmless same-origin <link rel=preconnect href="/">; it loads nothing.)
  const assets = await page.locator('script[src], link[href]:not([rel="preconnect"])').evaluateAll((els) =>
    els.map((e) => e.getAttribute('src') ?? e.getAttribute('href')!).filter((u) => u.startsWith('/')),
  );
  expect(assets.filter((u) => !u.startsWith('/book/'))).toEqual([]);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://books.example.org/book/zh/');

  await page.getByTestId('toc').locator('a[href="/book/zh/algorithm-principles/#attention-mechanism"]').click();
  await expect(page).toHaveURL(/\/book\/zh\/algorithm-principles\/#attention-mechanism$/);
  await expect(page.locator('#attention-mechanism')).toBeInViewport();

  await ready(page);
  await page.keyboard.press('/');
  await page.getByRole('combobox').fill('迁移学习');
  await expect(page.getByRole('option').first()).toHaveAttribute('href', /^\/book\/zh\//);
  // Its snippet text came from /book/zh/search-text/ (a request outside /book/ would 404 and fail the guard).
  await expect(page.getByRole('option').first().locator('mark').first()).toHaveText('迁移学习');

  await page.keyboard.press('Escape');
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/book\/en\/algorithm-principles\//);
});

test('the root of a sub-path picks a language inside it', async ({ page }) => {
  await page.goto('/book/');
  await expect(page).toHaveURL(/\/book\/(zh|en)\/$/);
});
