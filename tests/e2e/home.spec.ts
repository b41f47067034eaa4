import { test, expect } from './fixtures';
import { chapters, langs } from './routes';
import { htmlLang } from '../../lib/i18n/langs';
import { routes } from '../../lib/routes';

// The overview states the book's date; a reader relies on it to judge every figure.
const factsDate = { zh: '截至 2026 年 11 月', en: 'as of November 2026' };

for (const lang of langs) {
  test(`/${lang}/ shows the cover, the overview and a contents entry for every chapter and section`, async ({ page }) => {
    await page.goto(routes.home(lang));
    await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[lang]);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('#book-overview')).toContainText(factsDate[lang]);
    const toc = page.getByTestId('toc');
    for (const c of chapters) {
      await expect(toc.locator(`a[href="${routes.chapter(lang, c.slug)}"]`)).toHaveCount(1);
      for (const s of c.sections) await expect(toc.locator(`a[href="${routes.chapter(lang, c.slug, s)}"]`)).toHaveCount(1);
    }
  });
}

test('a contents link opens the section', async ({ page }) => {
  await page.goto('/en/');
  await page.getByTestId('toc').locator('a[href="/en/large-model-overview/#pretraining-and-transfer-learning"]').click();
  await expect(page).toHaveURL(/\/en\/large-model-overview\/#pretraining-and-transfer-learning$/);
  await expect(page.locator('#pretraining-and-transfer-learning')).toBeInViewport();
});

for (const [locale, lang] of [
  ['zh-CN', 'zh'],
  ['en-US', 'en'],
  ['fr-FR', 'en'],
] as const) {
  test(`/ sends a ${locale} browser to /${lang}/`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL((url) => url.pathname === routes.home(lang));
    await context.close();
  });
}

test('/ without JavaScript links to both editions', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('a[href="/zh/"]')).toBeVisible();
  await expect(page.locator('a[href="/en/"]')).toBeVisible();
  await context.close();
});

for (const lang of langs) {
  test(`/${lang}/ invites in: who the book is for, a card per chapter with a summary and its reading time`, async ({ page }) => {
    await page.goto(routes.home(lang));
    const cards = page.getByTestId('chapter-cards').locator('a');
    await expect(cards).toHaveCount(chapters.length);
    for (const [i, c] of chapters.entries()) {
      const card = cards.nth(i);
      await expect(card).toHaveAttribute('href', routes.chapter(lang, c.slug));
      expect(((await card.textContent()) ?? '').length).toBeGreaterThan(40);
      await expect(card).toContainText(/\d+/);
    }
    await expect(page.locator('main').getByRole('link', { name: /Start reading|开始阅读/ })).toHaveAttribute('href', routes.chapter(lang, chapters[0]!.slug));
  });
}
