import { test, expect } from './fixtures';

test('printing a chapter hides the screen furniture and keeps code within the page', async ({ page }) => {
  await page.goto('/zh/algorithm-principles/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const sel of ['header', '#sidebar', 'nav[aria-label="本页内容"]', '[data-testid="print-button"]', '[data-testid="lang-switch"]', 'nav[aria-label="导航路径"]', 'a[rel="next"]']) {
    await expect(page.locator(sel).first(), sel).toBeHidden();
  }
  expect(await page.locator('button:visible').count()).toBe(0);
  // The book's title is printed above the chapter title.
  await expect(page.locator('.print-only').first()).toBeVisible();
  // Dark theme never reaches paper, even when the reader uses it on screen.
  expect(await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(255, 255, 255)');
  const width = await page.locator('article').evaluate((a) => a.getBoundingClientRect().width);
  const overflowing = await page.locator('article pre').evaluateAll((pres, w) => pres.filter((p) => p.scrollWidth > Math.ceil(w) + 1 || p.getBoundingClientRect().right > (p.closest('article')!.getBoundingClientRect().right + 1)).length, width);
  expect(overflowing).toBe(0);
  // External links show their address after the text.
  const after = await page.locator('article a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
});

test('the print edition has unique ids and in-document links that all resolve', async ({ page }) => {
  await page.goto('/en/print/');
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(new Set(ids).size).toBe(ids.length);
  const targets = await page.locator('main a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
  expect(targets.length).toBeGreaterThan(100);
  expect(targets.filter((t) => !ids.includes(decodeURIComponent(t)))).toEqual([]);
  expect(await page.locator('main a[href^="/en/"]').count()).toBe(0);
});

test('the home page and chapter pages offer printing', async ({ page }) => {
  await page.goto('/zh/');
  await page.getByTestId('print-book').click();
  await expect(page).toHaveURL(/\/zh\/print\/$/);
  await expect(page.getByTestId('print-button')).toBeVisible();
  await page.goto('/zh/case-studies/');
  await expect(page.getByTestId('print-button')).toBeVisible();
});
