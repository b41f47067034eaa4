import { test, expect, ready } from './fixtures';
import type { Page } from '@playwright/test';

async function belowHeader(page: Page, id: string) {
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  // Polled: late layout (web fonts, KaTeX) may still move the page for a moment after the jump.
  await expect
    .poll(async () => {
      const headerBottom = await page.locator('header').evaluate((h) => h.getBoundingClientRect().bottom);
      const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
      return top >= headerBottom - 1 && top < headerBottom + 80;
    })
    .toBe(true);
}

test('h2 and h3 have an anchor and a copy-link button that copies the full URL and confirms', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/algorithm-principles/');
  await ready(page);
  const h3 = page.locator('h3#scaled-dot-product-attention');
  const anchor = h3.locator('a.heading-anchor');
  await expect(anchor).toHaveAttribute('href', '#scaled-dot-product-attention');
  // Hidden until hover or keyboard focus.
  expect(await anchor.evaluate((a) => getComputedStyle(a.parentElement!).opacity)).toBe('0');
  await anchor.focus();
  await expect.poll(() => anchor.evaluate((a) => getComputedStyle(a.parentElement!).opacity)).toBe('1');
  await h3.getByTestId('copy-link').click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(page.url()).origin}/en/algorithm-principles/#scaled-dot-product-attention`);
  await expect(page.locator('h2#attention-mechanism').getByTestId('copy-link')).toHaveCount(1);
});

test('a deep link on first load puts the heading just below the header and flashes it', async ({ page }) => {
  await page.goto('/zh/technical-applications/#object-detection');
  await ready(page);
  await belowHeader(page, 'object-detection');
  await expect(page.locator('#object-detection')).toHaveAttribute('data-flash', '');
});

test('after in-app navigation and on back/forward the target is below the header', async ({ page }) => {
  await page.goto('/en/large-model-overview/');
  await ready(page);
  await page.locator('article a[href="/en/algorithm-principles/#transformer-architecture"]').first().click();
  await expect(page).toHaveURL(/#transformer-architecture$/);
  await belowHeader(page, 'transformer-architecture');
  await page.goto('/en/business-applications/#machine-translation');
  await ready(page);
  await belowHeader(page, 'machine-translation');
  await page.goBack();
  await expect(page).toHaveURL(/#transformer-architecture$/);
  await belowHeader(page, 'transformer-architecture');
  await page.goForward();
  await expect(page).toHaveURL(/#machine-translation$/);
  await belowHeader(page, 'machine-translation');
});

test('an unknown or malformed fragment leaves the reader at the top, without errors', async ({ page }) => {
  for (const hash of ['#no-such-section', '#%E4%B8', '#%E6%B3%A8%E6%84%8F', '#<script>']) {
    await page.goto(`/zh/large-model-overview/${hash}`);
    await ready(page);
    await expect(page.locator('h1')).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(10);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the language switch keeps an h3 in view', async ({ page }) => {
    await page.goto('/zh/algorithm-principles/');
    await ready(page);
    await page.locator('#multi-head-attention').evaluate((h) => h.scrollIntoView());
    await page.getByTestId('lang-switch').click();
    await expect(page).toHaveURL(/\/en\/algorithm-principles\/#multi-head-attention$/);
    await belowHeader(page, 'multi-head-attention');
  });
});

test('the home page offers to continue reading where the reader left off, in either language', async ({ page }) => {
  await page.goto('/zh/');
  await ready(page);
  await expect(page.getByTestId('continue-reading')).toHaveCount(0);
  await page.goto('/zh/business-applications/');
  await ready(page);
  await page.locator('#recommender-systems').evaluate((h) => h.scrollIntoView());
  await expect.poll(() => page.evaluate(() => localStorage.getItem('reading-position'))).toContain('recommender-systems');
  await page.goto('/en/');
  await ready(page);
  const link = page.getByTestId('continue-reading');
  await expect(link).toHaveAttribute('href', '/en/business-applications/#recommender-systems');
  await expect(link).toContainText('Recommender Systems');
  await link.click();
  await belowHeader(page, 'recommender-systems');
});

test.describe('missing pages', () => {
  test.use({ expectedHttpErrors: [/\/(no-such-chapter|nope)\/$/] });
  test('the 404 page speaks the language of the address and offers search and contents', async ({ page }) => {
  const response = await page.goto('/zh/no-such-chapter/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeHidden();
  await page.locator('section[data-for="zh"] input[name="q"]').fill('注意力');
  await page.locator('section[data-for="zh"] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/zh\/search\/\?q=/);
  await expect(page.getByTestId('search-page-results').locator('li').first()).toContainText('注意力');
  await page.goto('/en/nope/');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.locator('section[data-for="en"] a[href="/en/large-model-overview/"]')).toBeVisible();
});
});
