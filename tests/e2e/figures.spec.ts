import { test, expect, ready } from './fixtures';
import { langs } from './routes';
import { figures } from '../../content/figures';
import { figurePlaces } from '../../lib/build/content';
import { figureLabel } from '../../lib/figures/numbering';

// Chapters that hold figures, from the same registry and numbering that build the pages.
const places = figurePlaces('en');
const chaptersWithFigures = [...new Set(figures.map((f) => f.chapter))];

for (const lang of langs) {
  for (const chapter of chaptersWithFigures) {
    const ids = figures.filter((f) => f.chapter === chapter).map((f) => f.id);
    test(`figures of /${lang}/${chapter}/ fit a 390 px phone in both themes, with readable text and numbered captions`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      const colours: string[] = [];
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`/${lang}/${chapter}/`);
        await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
        for (const id of ids) {
          const fig = page.locator(`figure#${id}`);
          await fig.scrollIntoViewIfNeeded();
          await expect(fig.locator('svg.fig-svg')).toBeVisible();
          await expect(fig.locator('figcaption')).toContainText(`${figureLabel(lang, places.get(id)!.number)} `);
          const m = await fig.evaluate((f) => {
            const svg = f.querySelector('svg.fig-svg') as SVGSVGElement;
            const box = svg.getBoundingClientRect();
            const scroller = svg.parentElement!;
            return {
              // Smallest text (12.5 viewBox units) as rendered, in CSS px.
              smallText: (12.5 * box.width) / svg.viewBox.baseVal.width,
              cut: scroller.scrollWidth > scroller.clientWidth + 1,
              focusable: scroller.tabIndex === 0,
              ink: getComputedStyle(svg.querySelector('.ln, .k1, .k2, .k0')!).stroke,
            };
          });
          expect(m.smallText, id).toBeGreaterThanOrEqual(9);
          // A drawing wider than the column scrolls inside its own frame, reachable by keyboard.
          if (m.cut) expect(m.focusable, `${id} scrolls but is not focusable`).toBe(true);
          if (ids[0] === id) colours.push(m.ink);
        }
        // The page itself never scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      }
      // The site's theme recolours the drawings (they are inline SVG styled by the page).
      expect(colours[0]).not.toBe(colours[1]);
    });
  }
}

test('every figure reference in the text is a link to an existing figure', async ({ page }) => {
  const chapters = [...new Set([...places.values()].map((p) => p.chapter))];
  for (const lang of langs) {
    for (const chapter of chapters) {
      await page.goto(`/${lang}/${chapter}/`);
      const refs = await page.locator('article a[data-figref]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!, id: a.getAttribute('data-figref')! })));
      expect(refs.length, `${lang}/${chapter}`).toBeGreaterThan(0);
      for (const ref of refs) {
        const place = figurePlaces(lang).get(ref.id)!;
        expect(ref.text).toBe(figureLabel(lang, place.number));
        expect(ref.href).toBe(`/${lang}/${place.chapter}/#${ref.id}`);
        if (place.chapter === chapter) await expect(page.locator(`figure#${ref.id}`)).toHaveCount(1);
      }
    }
  }
});

test('a figure is deep-linkable: its #anchor scrolls to it and its copy-link button copies the address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/algorithm-principles/#fig-transformer-architecture');
  await ready(page);
  const fig = page.locator('figure#fig-transformer-architecture');
  await expect(fig).toBeInViewport();
  await fig.hover();
  await fig.getByRole('button', { name: 'Copy link to this figure' }).click();
  await expect(page.getByTestId('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/en\/algorithm-principles\/#fig-transformer-architecture$/);
});

for (const lang of langs) {
  test(`the ${lang} print edition has every figure with its numbered caption, drawn black on white`, async ({ page }) => {
    await page.goto(`/${lang}/print/`);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const captions = await page.locator('figure.book-fig figcaption').allTextContents();
    const want = figures.map((f) => `${figureLabel(lang, figurePlaces(lang).get(f.id)!.number)} ${f.caption[lang]}`);
    expect(captions.map((c) => c.trim()).sort()).toEqual(want.sort());
    const ink = await page.locator('figure.book-fig svg .ln').first().evaluate((l) => getComputedStyle(l).stroke);
    expect(ink).toBe('rgb(0, 0, 0)');
    await expect(page.locator('.fig-hint').first()).toBeHidden();
  });
}
