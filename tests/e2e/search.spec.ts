import { test, expect, ready } from './fixtures';
import type { Page } from '@playwright/test';
import { adversarialQueries } from '../unit/search/adversarial';

async function openWith(page: Page, how: 'slash' | 'ctrl-k' | 'button') {
  // Keys pressed before hydration would go nowhere.
  await ready(page);
  if (how === 'slash') await page.keyboard.press('/');
  else if (how === 'ctrl-k') await page.keyboard.press('Control+k');
  else await page.getByTestId('search-button').click();
  const dialog = page.getByTestId('search-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox')).toBeFocused();
  return dialog;
}

test('the search index is not downloaded until search is opened, then only once', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => r.url().includes('search-index.json') && fetched.push(r.url()));
  await page.goto('/zh/large-model-overview/');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  const dialog = await openWith(page, 'slash');
  await dialog.getByRole('combobox').fill('注意力');
  await expect(dialog.getByRole('option').first()).toBeVisible();
  await dialog.getByRole('combobox').fill('迁移学习');
  await expect(dialog.getByRole('option').first()).toContainText('迁移');
  expect(fetched.filter((u) => u.includes('/zh/'))).toHaveLength(1);
});

test('the index is prefetched on hover; snippet text only after a query and only for results on screen', async ({ page }) => {
  const texts: string[] = [];
  page.on('request', (r) => r.url().includes('/search-text/') && texts.push(new URL(r.url()).pathname));
  await page.goto('/en/');
  await ready(page);
  const index = page.waitForResponse((r) => r.url().endsWith('/en/search-index.json') && r.ok());
  await page.getByTestId('search-button').hover();
  await index; // intent, before any click
  const dialog = await openWith(page, 'button');
  await expect(dialog.getByRole('status')).toHaveText('↑ ↓ to move, Enter to open, Esc to close');
  expect(texts).toEqual([]);

  await dialog.getByRole('combobox').fill('attention');
  const options = dialog.getByRole('option');
  await expect(options.first().locator('mark').first()).toHaveText(/^attention/i);
  expect(await options.count()).toBeGreaterThan(8);
  const slug = (href: string | null) => new URL(href!, 'http://x').pathname.split('/')[2];
  const shown = await options.evaluateAll((els) => {
    const box = els[0]!.closest('[role="listbox"]')!.parentElement!.getBoundingClientRect();
    return els.filter((e) => e.getBoundingClientRect().top < box.bottom).map((e) => e.getAttribute('href'));
  });
  for (const option of await options.all()) {
    if (shown.includes(await option.getAttribute('href'))) await expect(option.locator('[data-snippet]')).toHaveAttribute('data-snippet', 'ready');
  }
  // Only the chapters of the results on screen, each once.
  const wanted = new Set(shown.map(slug));
  expect(texts.length).toBe(new Set(texts).size);
  expect(texts.map((t) => t.match(/search-text\/(.+)\.json$/)![1]).every((t) => wanted.has(t))).toBe(true);
  // A result far down the list gets its snippet when it is scrolled to.
  const last = options.last();
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator('[data-snippet]')).toHaveAttribute('data-snippet', 'ready');
  await expect(last.locator('[data-snippet]')).not.toBeEmpty();
});

test('"/" opens search; a Chinese query, arrow down and Enter land on the section below the header', async ({ page }) => {
  await page.goto('/zh/');
  const dialog = await openWith(page, 'slash');
  await dialog.getByRole('combobox').fill('注意力');
  const options = dialog.getByRole('option');
  await expect(options.first()).toContainText('注意力');
  await expect(options.first().locator('mark').first()).toHaveText('注意力');
  await expect(dialog.getByRole('status')).toContainText('条结果');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  const target = await options.first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const id = target!.split('#')[1]!;
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  const headerBottom = await page.locator('header').evaluate((h) => h.getBoundingClientRect().bottom);
  expect(await heading.evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThanOrEqual(headerBottom - 1);
});

test('Ctrl+K opens search; an English query with a typo finds the Transformer; the mouse works', async ({ page }) => {
  await page.goto('/en/large-model-overview/');
  const dialog = await openWith(page, 'ctrl-k');
  await dialog.getByRole('combobox').fill('tranformer');
  const first = dialog.getByRole('option').first();
  await expect(first).toContainText('Transformer');
  await first.click();
  await expect(page).toHaveURL(/\/en\/algorithm-principles\/#transformer-architecture$/);
  await expect(page.locator('#transformer-architecture')).toBeInViewport();
});

test('Esc closes the dialog and focus returns to where it was', async ({ page }) => {
  await page.goto('/en/');
  await ready(page); // before that, Enter submits the search form (the no-JavaScript path)
  const button = page.getByTestId('search-button');
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('search-dialog');
  await expect(dialog).toBeVisible();
  // Focus is trapped: Tab stays inside the dialog.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  await dialog.getByRole('combobox').fill('attention');
  await dialog.getByRole('combobox').press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

/** Resolves after React has rendered what the timers just fired (its scheduler posts messages, in order). */
const afterRender = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      }),
  );

test('no search while an IME is composing; results appear at compositionend', async ({ page }) => {
  // A controlled clock instead of sleeps: time passes only when the test says so.
  await page.clock.install();
  await page.goto('/zh/');
  const dialog = await openWith(page, 'slash');
  const status = dialog.getByRole('status');
  await expect(status).toHaveText('↑ ↓ 选择，Enter 打开，Esc 关闭');
  await page.clock.pauseAt(Date.now() + 60_000);
  const client = await page.context().newCDPSession(page);
  for (const text of ['zhu', '注意']) {
    await client.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await expect(dialog.getByRole('combobox')).toHaveValue(text);
    // Far past the typing pause after which a search starts.
    await page.clock.runFor(2_000);
    await afterRender(page);
    await expect(status).toHaveText('↑ ↓ 选择，Enter 打开，Esc 关闭');
    await expect(dialog.getByRole('option')).toHaveCount(0);
  }
  await page.clock.resume();
  await client.send('Input.insertText', { text: '注意力' });
  await expect(dialog.getByRole('option').first()).toContainText('注意力');
});

test('an English term on the Chinese site falls back to the English edition, labelled', async ({ page }) => {
  await page.goto('/zh/');
  const dialog = await openWith(page, 'slash');
  await dialog.getByRole('combobox').fill('collaborative filtering');
  const first = dialog.getByRole('option').first();
  await expect(first).toContainText('English');
  await expect(first).toHaveAttribute('href', /^\/en\//);
});

test('/{lang}/search/?q= shows results on load and after a reload, and its form submits there', async ({ page }) => {
  await page.goto('/zh/search/?q=%E8%BF%81%E7%A7%BB%E5%AD%A6%E4%B9%A0');
  const results = page.getByTestId('search-page-results');
  await expect(results.locator('li').first()).toContainText('迁移学习');
  await page.reload();
  await expect(results.locator('li').first()).toContainText('迁移学习');
  await page.getByRole('main').getByRole('searchbox').fill('BLEU');
  await page.getByRole('main').getByRole('button').click();
  await expect(page).toHaveURL(/\/zh\/search\/\?q=BLEU$/);
  await expect(results.locator('li').first()).toContainText('BLEU');
});

test('without JavaScript the header search leads to the search page form', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/large-model-overview/');
  await page.getByTestId('search-button').click();
  await expect(page).toHaveURL(/\/en\/search\/(\?(q=)?)?$/);
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
  await context.close();
});

const adversarial = [
  '<img src=x onerror=alert(1)>',
  '<script>window.__pwned=1</script>',
  '.*+?^${}()|[]\\',
  'a'.repeat(10_000),
  '😀🚀 注意力 🎉',
  '     ',
  'GPT-3 参数 <b>bold</b>',
  '"; DROP TABLE x; --',
  '%00%E4',
];

test('adversarial input renders as text: no markup, no script, no error', async ({ page }) => {
  test.slow();
  await page.goto('/en/');
  const dialog = await openWith(page, 'slash');
  for (const q of [...adversarial, ...adversarialQueries(50, 7)]) {
    const field = dialog.getByRole('combobox');
    await field.fill(q);
    await expect(dialog).toHaveAttribute('data-results-for', await field.inputValue());
    await expect(dialog.getByRole('status')).not.toBeEmpty();
    expect(await dialog.locator('img, script, b, iframe, object').count()).toBe(0);
    expect(await dialog.locator('svg').count()).toBe(1); // our search icon only
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await page.goto(`/en/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.getByTestId('search-page-results').getByRole('status')).toContainText('<img src=x onerror=alert(1)>');
  expect(await page.locator('main img').count()).toBe(0);
});

test('the result count is the real number of matches, and every one of them can be reached', async ({ page }) => {
  await page.goto('/en/search/?q=model');
  await ready(page);
  const results = page.locator('main li a[href^="/en/"]');
  await expect(results.first()).toBeVisible();
  const shown = await results.count();
  expect(shown).toBeGreaterThan(20);
  await expect(page.getByText(new RegExp(`^${shown} results`))).toBeVisible();
});
