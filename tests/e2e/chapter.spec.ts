import { test, expect, ready } from './fixtures';

// Every chapter's exported HTML (sections, heading levels, math, no raw Markdown) is checked
// without a browser in tests/unit/site/chapters.test.ts.

test('math is typeset at build time: KaTeX markup in the HTML and no KaTeX script', async ({ page, request }) => {
  const html = await (await request.get('/zh/large-model-overview/')).text();
  expect(html).toContain('class="katex-display"');
  expect(html).toContain('class="katex"');
  await page.goto('/zh/large-model-overview/');
  await expect(page.locator('.katex-display').first()).toBeVisible();
  const scripts = await page.locator('script[src]').evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src));
  for (const src of scripts) {
    const body = await (await request.get(src)).text();
    expect(body, src).not.toContain('KaTeX parse error');
    expect(body, src).not.toContain('createHighlighter');
  }
});

test('code is highlighted by Shiki in light and dark, labelled with its language, and copies', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/large-model-overview/');
  await ready(page);
  const figure = page.locator('figure:has(pre.shiki)').first();
  await expect(figure.locator('figcaption')).toContainText('python');
  const colours = await figure.locator('pre.shiki span[style]').first().getAttribute('style');
  expect(colours).toMatch(/color:#[0-9a-f]{6}/i);
  expect(colours).toContain('--shiki-dark');
  await figure.getByRole('button', { name: 'Copy code to clipboard' }).click();
  await expect(figure.getByRole('button')).toContainText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('import');
  expect(copied.trim()).toBe((await figure.locator('pre code').innerText()).trim());
});

test('the whole chapter is readable with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh/large-model-overview/');
  await expect(page.locator('#pretraining-and-transfer-learning')).toHaveCount(1);
  const last = page.locator('article p').last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeVisible();
  await expect(page.locator('.katex-display').first()).toBeVisible();
  await context.close();
});

test('sidebar, breadcrumbs and previous/next navigate through the book', async ({ page }) => {
  await page.goto('/en/large-model-overview/');
  const sidebar = page.locator('#sidebar');
  await expect(sidebar.locator('a[aria-current="page"]')).toHaveAttribute('href', '/en/large-model-overview/');
  await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toContainText('Part 1');
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/en\/algorithm-principles\/$/);
  await expect(page.locator('h1')).toContainText('Algorithm');
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/en\/large-model-overview\/$/);
  await page.locator('#sidebar a[href="/en/algorithm-principles/"]').click();
  await expect(page).toHaveURL(/\/en\/algorithm-principles\/$/);
  await expect(page.locator('#sidebar a[aria-current="page"]')).toHaveAttribute('href', '/en/algorithm-principles/');
});

test('"On this page" marks the section being read while scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/en/large-model-overview/');
  await ready(page);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  // Jump as a reader does, through the rail.
  await toc.locator('a[href="#large-model-characteristics"]').click();
  await expect(toc.locator('a[aria-current="location"]').first()).toHaveAttribute('href', '#large-model-characteristics');
  await toc.locator('a[href="#self-supervised-objectives"]').click();
  await expect(toc.locator('a[href="#self-supervised-objectives"]')).toHaveAttribute('aria-current', 'location');
  await expect(toc.locator('a[href="#large-model-characteristics"]')).not.toHaveAttribute('aria-current', 'location');
  // The sidebar follows at section level.
  await expect(page.locator('#sidebar a[href="#pretraining-and-transfer-learning"]')).toHaveAttribute('aria-current', 'location');
});
