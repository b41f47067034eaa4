import { test, expect, ready } from './fixtures';
import { langs, routes } from './routes';

// What a careful reader trips over on long pages, at phone and desktop widths.

test('at 1024 px, where the rail is hidden, the sidebar lists the sub-sections of the chapter', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(routes.chapter('en', 'algorithm-principles'));
  await expect(page.locator('aside.hidden.xl\\:block')).toBeHidden();
  const sub = page.locator('#sidebar a[href="#why-scale-by-sqrt-dk"]');
  await expect(sub).toBeVisible();
  await sub.click();
  await expect(page).toHaveURL(/#why-scale-by-sqrt-dk$/);
});

test('at 1440 px the rail keeps the section being read in view', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(routes.chapter('zh', 'algorithm-principles'));
  await ready(page);
  const rail = page.locator('[data-spy-scroll]').filter({ has: page.locator('#on-this-page') });
  for (const id of ['scaling-laws', 'multi-head-attention']) {
    await page.locator(`#${id}`).evaluate((h) => h.scrollIntoView());
    const active = rail.locator(`a[href="#${id}"][aria-current]`);
    await expect(active).toHaveCount(1);
    await expect.poll(async () => {
      const [r, a] = [await rail.boundingBox(), await active.boundingBox()];
      return !!r && !!a && a.y >= r.y && a.y + a.height <= r.y + r.height;
    }).toBe(true);
  }
});

test('headings read as text wherever they are not typeset: rail, sidebar, search records', async ({ page, request }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(routes.chapter('en', 'algorithm-principles'));
  await expect(page.locator('#on-this-page + ul a[href="#why-scale-by-sqrt-dk"]')).toHaveText(/^2\.5\.\d+ Why divide by √dₖ$/);
  await expect(page.locator('h3#why-scale-by-sqrt-dk .katex')).toHaveCount(1);
  const index = await (await request.get(routes.searchIndex('en'))).text();
  expect(index).toContain('Why divide by √dₖ');
  expect(index).not.toContain('√d_k');
});

for (const lang of langs) {
  test(`${lang}: a chapter says how long it takes, and how long is left once the reader scrolls, with a way back to the top`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(routes.chapter(lang, 'algorithm-principles'));
    await ready(page);
    const total = Number((await page.getByTestId('reading-time').textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(10);
    const status = page.locator('[data-reading-status]');
    await expect(status).toBeHidden();
    await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    await expect(status).toBeVisible();
    await expect.poll(async () => Number((await status.textContent())!.match(/\d+/)![0])).toBeLessThan(total * 0.6);
    await status.click();
    await expect(page.locator('h1')).toBeInViewport();
  });
}

test('on a touch screen every heading offers its link, and a hidden pair never takes a line of its own', async ({ browser }) => {
  const touch = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await touch.newPage();
  await page.goto(routes.chapter('en', 'algorithm-principles'));
  const tools = page.locator('h2#neural-network-basics .heading-tools');
  expect(Number(await tools.evaluate((e) => getComputedStyle(e).opacity))).toBeGreaterThan(0.5);
  await touch.close();

  const mouse = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const desktop = await mouse.newPage();
  await desktop.goto(routes.chapter('en', 'algorithm-principles'));
  // The hidden tools add no height to any heading: removing them changes nothing.
  const heights = () => desktop.locator('article :is(h2, h3)').evaluateAll((hs) => hs.map((h) => h.getBoundingClientRect().height));
  const withTools = await heights();
  await desktop.addStyleTag({ content: '.heading-tools { display: none !important; }' });
  expect(await heights()).toEqual(withTools);
  await mouse.close();
});

test('print controls close the chapter instead of crowding its title', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(routes.chapter('en', 'large-model-overview'));
  const title = (await page.locator('h1').boundingBox())!;
  const print = (await page.getByTestId('print-button').boundingBox())!;
  expect(print.y).toBeGreaterThan(title.y + title.height);
  await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toContainText('Chapter 1: ');
});

for (const path of ['', 'large-model-overview/', 'search/', 'print/']) {
  test(`every page ends with the edition, the licence, where to report an error and the other edition: /en/${path}`, async ({ page }) => {
    await page.goto(routes.page('en', path));
    const footer = page.getByTestId('site-footer');
    await expect(footer).toContainText('November 2026');
    await expect(footer.locator('a[rel~="license"]')).toHaveAttribute('href', /^https:\/\/creativecommons\.org\//);
    await expect(footer.getByTestId('report-error')).toHaveAttribute('href', /^(mailto:|https:)/);
    await expect(footer.locator('a[hreflang="zh-Hans"]')).toHaveAttribute('href', routes.page('zh', path));
  });
}

test('"continue reading" is punctuated for its language (a full-width colon in Chinese)', async ({ page }) => {
  await page.goto(routes.home('zh'));
  await page.evaluate(() => localStorage.setItem('reading-position', JSON.stringify({ chapter: 'case-studies', section: '' })));
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('continue-reading')).toHaveText(/^继续阅读：\S/);
});

test('sections are numbered the same in the heading, the rail, the sidebar and the print edition', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(routes.chapter('zh', 'startup-landscape'));
  await expect(page.locator('h2#data-privacy-and-security .section-number')).toHaveText('5.2');
  await expect(page.locator('#sidebar a[href="#data-privacy-and-security"]')).toContainText('5.2');
  await expect(page.locator('#on-this-page + ul a[href="#data-privacy-and-security"] .section-number')).toHaveText('5.2');
  const firstH3 = page.locator('h2#data-privacy-and-security ~ h3').first();
  await expect(firstH3.locator('.section-number')).toHaveText('5.2.1');
  await page.goto(routes.print('zh'));
  await expect(page.locator('h2#startup-landscape--data-privacy-and-security .section-number')).toHaveText('5.2');
});

test('lines have a comfortable measure on a desktop: about 65–75 characters in English, 35–40 字 in Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const [lang, min, max] of [['en', 55, 78], ['zh', 33, 41]] as const) {
    await page.goto(routes.chapter(lang, 'startup-landscape'));
    // Characters on the first line of each long paragraph: where the text's line box first breaks.
    const counts = await page.locator('[data-article] > p').evaluateAll((ps) =>
      ps.slice(0, 12).flatMap((p) => {
        const t = p.firstChild;
        if (!t || t.nodeType !== Node.TEXT_NODE) return [];
        const range = document.createRange();
        let top: number | undefined;
        let n = 0;
        for (let i = 0; i < t.textContent!.length; i++) {
          range.setStart(t, i);
          range.setEnd(t, i + 1);
          const box = range.getClientRects()[0];
          if (!box) continue;
          top ??= box.top;
          if (box.top > top + 5) return [n]; // the text wrapped: n characters fit on its first line
          n++;
        }
        return [];
      }),
    );
    expect(counts.length, lang).toBeGreaterThan(2);
    const median = counts.sort((a, b) => a - b)[Math.floor(counts.length / 2)]!;
    expect(median, `${lang}: ${counts.join(',')}`).toBeGreaterThanOrEqual(min);
    expect(median, `${lang}: ${counts.join(',')}`).toBeLessThanOrEqual(max);
  }
});

test('a citation previews its reference in place on hover, keyboard focus and tap; Appendix B stays one click away', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(routes.chapter('en', 'algorithm-principles'));
  await ready(page);
  const cite = page.locator('a[data-cite="vaswani2017"]').first();
  await cite.scrollIntoViewIfNeeded();
  await cite.hover();
  const card = page.getByRole('tooltip');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Attention Is All You Need');
  await expect(card).toContainText('2017');
  await expect(cite).toHaveAttribute('aria-describedby', 'cite-preview');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await cite.focus();
  await expect(card).toBeVisible();
  await expect(card.locator('a').last()).toHaveAttribute('href', routes.reference('en', 'vaswani2017'));
  await expect(cite).toHaveAttribute('href', routes.reference('en', 'vaswani2017'));

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const touch = await phone.newPage();
  await touch.goto(routes.chapter('zh', 'algorithm-principles'));
  await ready(touch);
  const zhCite = touch.locator('a[data-cite="vaswani2017"]').first();
  await zhCite.scrollIntoViewIfNeeded();
  await zhCite.tap();
  await expect(touch.getByRole('tooltip')).toContainText('Attention Is All You Need');
  expect(new URL(touch.url()).pathname).toBe(routes.chapter('zh', 'algorithm-principles'));
  await phone.close();
});
