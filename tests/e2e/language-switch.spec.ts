import { test, expect, ready } from './fixtures';

test('zh → en keeps the section in view even without a #hash in the URL', async ({ page }) => {
  await page.goto('/zh/large-model-overview/');
  await ready(page);
  await page.locator('#pretraining-and-transfer-learning').evaluate((h) => h.scrollIntoView());
  expect(page.url()).not.toContain('#');
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/en\/large-model-overview\/#pretraining-and-transfer-learning$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const heading = page.locator('#pretraining-and-transfer-learning');
  await expect(heading).toBeInViewport();
  const headerBottom = await page.locator('header').evaluate((h) => h.getBoundingClientRect().bottom);
  const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(headerBottom);
});

test('en → zh from the middle of a section lands on that section', async ({ page }) => {
  await page.goto('/en/algorithm-principles/');
  await ready(page);
  // Scroll a little past section 2.5's heading: the reader is inside that section.
  await page.locator('#attention-mechanism').evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 40));
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/zh\/algorithm-principles\/#attention-mechanism$/);
});

test('at the top of a chapter and on the home page the switch goes to the same page', async ({ page }) => {
  await page.goto('/en/large-model-overview/');
  await ready(page);
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/zh\/large-model-overview\/$/);
  await page.goto('/zh/');
  await ready(page);
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/en\/$/);
});

test('the switch keeps a search query and an Appendix B entry', async ({ page }) => {
  await page.goto('/zh/search/?q=%E6%B3%A8%E6%84%8F%E5%8A%9B');
  await ready(page);
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=%E6%B3%A8%E6%84%8F%E5%8A%9B$/);
  await page.goto('/en/references/#ref-vaswani2017');
  await ready(page);
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/zh\/references\/#ref-vaswani2017$/);
  await expect(page.locator('#ref-vaswani2017')).toBeInViewport();
});
