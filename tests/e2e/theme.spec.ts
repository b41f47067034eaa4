import { test, expect, ready } from './fixtures';

test('the theme toggle switches to dark and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/large-model-overview/');
  await ready(page);
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByTestId('theme-toggle')).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  const bg = await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(bg).not.toBe('rgb(255, 255, 255)');
  await page.getByTestId('theme-toggle').click();
  await page.reload();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

test('the system preference applies by default', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/zh/');
  await ready(page);
  await expect(page.locator('html')).toHaveClass(/dark/);
});

test('no flash: a stored dark theme is applied before any application script runs', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  // Hold back every JS chunk: what the reader sees meanwhile must already be dark.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/_next/static/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/en/large-model-overview/', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('html')).toHaveClass(/dark/);
  const bg = await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(bg).not.toBe('rgb(255, 255, 255)');
  release();
});
