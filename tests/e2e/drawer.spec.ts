import { test, expect } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone the contents open as a drawer and close with Escape, a link or the backdrop', async ({ page }) => {
  await page.goto('/zh/large-model-overview/');
  const sidebar = page.locator('#sidebar');
  const button = page.getByTestId('drawer-button');
  await expect(sidebar).toBeHidden();
  await button.click();
  await expect(sidebar).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(sidebar).toBeHidden();
  await expect(button).toBeFocused();

  await button.click();
  await page.mouse.click(370, 400); // the backdrop, right of the panel
  await expect(sidebar).toBeHidden();

  await button.click();
  await sidebar.locator('a[href="/zh/algorithm-principles/"]').click();
  await expect(page).toHaveURL(/\/zh\/algorithm-principles\/$/);
  await expect(page.locator('#sidebar')).toBeHidden();
});

test('on a phone nothing is wider than the screen', async ({ page }) => {
  await page.goto('/en/algorithm-principles/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
