import { test, expect, ready } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone the contents open as a drawer and close with Escape, a link or the backdrop', async ({ page }) => {
  await page.goto('/zh/large-model-overview/');
  await ready(page);
  const sidebar = page.locator('#sidebar');
  const button = page.getByTestId('drawer-button');
  await expect(sidebar).toBeHidden();
  await button.click();
  await expect(sidebar).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(sidebar).toBeHidden();
  await expect(button).toBeFocused();

  // The open drawer leaves its own toggle visible and usable (it used to cover it).
  await button.click();
  await expect(sidebar).toBeVisible();
  const box = (await button.boundingBox())!;
  expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-testid="drawer-button"]') !== null, [box.x + box.width / 2, box.y + box.height / 2])).toBe(true);
  await button.click();
  await expect(sidebar).toBeHidden();

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
  await ready(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('on a narrow phone the header controls stay on one line', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 700 });
  for (const path of ['/en/startup-landscape/', '/zh/startup-landscape/']) {
    await page.goto(path);
    await ready(page);
    for (const id of ['lang-switch', 'search-button', 'theme-toggle', 'drawer-button']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box!.height, `${path} ${id}`).toBeLessThan(44);
      expect(box!.x + box!.width, `${path} ${id}`).toBeLessThanOrEqual(360);
    }
  }
});
