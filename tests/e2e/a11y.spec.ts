import AxeBuilder from '@axe-core/playwright';
import { test, expect, ready } from './fixtures';
import type { Page } from '@playwright/test';
import { chapters, langs, routes } from './routes';

// No serious or critical axe violation. By default: every page type (home, a chapter, search,
// print) of every edition in both themes, and every chapter once, in one theme and one edition,
// alternating (chapter 1 in Chinese/light, chapter 2 in English/dark, …): the chapters share
// their components, and what differs by language or theme is covered by the page types.
// `npm run test:a11y-full` checks every page of every edition in both themes. The guard fixture
// also asserts on each page that nothing is requested from another host.
const full = process.env.A11Y_FULL === '1';
const themes = ['light', 'dark'] as const;
const pageTypes = ['', `${chapters[0]!.slug}/`, 'search/?q=attention', 'print/'];
const pagesFor = (scheme: (typeof themes)[number]) =>
  langs.flatMap((lang) => {
    const chapterPages = chapters
      .filter((_, i) => full || (langs[i % langs.length] === lang && themes[i % themes.length] === scheme))
      .map((c) => `${c.slug}/`);
    return [...new Set([...pageTypes, ...chapterPages])].map((p) => routes.page(lang, p));
  });

async function serious(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

// Axe on a long chapter takes 10–20 s on two busy cores.
test.describe.configure({ timeout: 90_000 });

for (const scheme of themes) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pagesFor(scheme)) {
      test(`axe: ${path}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
        // The print edition repeats every chapter (checked on its own page): check what is its own.
        expect(await serious(page, path.endsWith('print/') ? 'main > section, main > nav, header' : undefined)).toEqual([]);
      });
    }
  });
}

test('axe: the 404 page', async ({ page }) => {
  await page.goto('/404.html');
  expect(await serious(page)).toEqual([]);
});

test('axe: the search dialog with results, in both themes', async ({ page }) => {
  for (const scheme of themes) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/zh/large-model-overview/');
    await ready(page);
    await page.keyboard.press('/');
    await page.getByRole('combobox').fill('注意力');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(await serious(page)).toEqual([]);
  }
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('axe: the open drawer, in both themes', async ({ page }) => {
    for (const scheme of themes) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/en/large-model-overview/');
      await ready(page);
      await page.getByTestId('drawer-button').click();
      await expect(page.locator('#sidebar')).toBeVisible();
      // The page behind is checked on its own; here, what the open drawer adds.
      expect(await serious(page, '#sidebar, header')).toEqual([]);
    }
  });
});
