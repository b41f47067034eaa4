import type { Page, Response } from '@playwright/test';
import { test, expect, ready } from './fixtures';
import { chapterRoutes } from './routes';

// Reading costs no hydration: the article is HTML React never sees, and interactive parts are
// islands whose code loads only on their pages, near the viewport (lib/article-slot.ts,
// components/islands/).

const MARKER = 'book-island:';

/** Collects the bodies of the JavaScript the page fetches, to see which island chunks arrived. */
function scriptBodies(page: Page) {
  const bodies: Promise<string>[] = [];
  page.on('response', (r: Response) => {
    if (r.request().resourceType() === 'script') bodies.push(r.text().catch(() => ''));
  });
  return async () => (await Promise.all(bodies)).join('\n');
}

test('no chapter repeats its text in React\'s payload, and every chapter page carries its text in the HTML', async ({ request }) => {
  for (const { path } of chapterRoutes) {
    const html = await (await request.get(path)).text();
    const article = html.slice(html.indexOf('<div data-article="web/'), html.indexOf('</article>'));
    // Opening words of paragraphs (without entities, which the payload would spell differently).
    const paragraphs = [...article.matchAll(/<p>([^<&]{30,})/g)].map((m) => m[1]!.slice(0, 30));
    expect(paragraphs.length, `${path} has paragraphs in its HTML`).toBeGreaterThan(0);
    const payload = [...html.matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].map((m) => m[1]).join('');
    expect(payload.length, path).toBeGreaterThan(0);
    for (const p of paragraphs.slice(0, 5)) expect(payload, `${path}: "${p}" is in the payload`).not.toContain(JSON.stringify(p).slice(1, -1));
  }
});

test('hydration leaves the article alone: its nodes are never claimed by React', async ({ page }) => {
  await page.goto('/zh/algorithm-principles/');
  await ready(page);
  const owned = await page.evaluate(() => {
    const reactOwned = (el: Element | null) => !!el && Object.keys(el).some((k) => k.startsWith('__reactFiber'));
    const article = document.querySelector('[data-article]');
    return {
      header: reactOwned(document.querySelector('header')),
      placeholder: reactOwned(article),
      inside: Array.from(article?.querySelectorAll('*') ?? []).filter(reactOwned).length,
      elements: article?.querySelectorAll('*').length ?? 0,
    };
  });
  // The chrome is hydrated; the article's box is, but not one of its thousands of elements.
  expect(owned.header).toBe(true);
  expect(owned.placeholder).toBe(true);
  expect(owned.elements).toBeGreaterThan(2000);
  expect(owned.inside).toBe(0);
});

test('a chapter without widgets loads no widget code, even read to the end', async ({ page }) => {
  const scripts = scriptBodies(page);
  await page.goto('/en/technical-applications/');
  await ready(page);
  await expect(page.locator('[data-island]')).toHaveCount(0);
  for (let y = 0; y < 5; y++) {
    await page.mouse.wheel(0, 20000);
    await page.waitForLoadState('networkidle');
  }
  expect(await scripts()).not.toContain(MARKER);
});

test('an island loads its code only when it nears the viewport, then takes over its box', async ({ page }) => {
  const scripts = scriptBodies(page);
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/en/business-applications/');
  await ready(page);
  await page.waitForLoadState('networkidle');
  const island = page.locator('[data-widget="sampling"]');
  await expect(island).toHaveAttribute('data-island-state', 'waiting');
  expect(await scripts()).not.toContain(`${MARKER}sampling`);

  // Read towards it as a reader would (small steps), from two screens above it, watching for
  // layout shifts: it must come to life before it is on screen, without moving what is.
  const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  await page.evaluate(() => {
    const box = document.querySelector('[data-widget="sampling"]')!.getBoundingClientRect();
    window.scrollBy(0, box.top - 2.5 * window.innerHeight);
  });
  await frame();
  await page.evaluate(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.shifts += e.value;
    }).observe({ type: 'layout-shift' });
  });
  for (let i = 0; i < 40 && (await island.getAttribute('data-island-state')) === 'waiting'; i++) {
    await page.mouse.wheel(0, 150);
    await frame();
  }
  expect(await island.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(800);
  await expect(island).toHaveAttribute('data-island-state', 'live');
  expect(await scripts()).toContain(`${MARKER}sampling`);
  await expect(island.locator('[data-island-fallback]')).toBeHidden();
  await expect(island.locator('[data-island-live]')).toBeAttached();

  // What is on screen did not move while the widget replaced its fallback below it.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
  expect(shifts).toBeLessThan(0.01);
});

test('the sampling widget is operated by keyboard and announces what it shows', async ({ page }) => {
  await page.goto('/en/business-applications/#decoding-strategies');
  await ready(page);
  const island = page.locator('[data-widget="sampling"]');
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-island-state', 'live');
  const summary = island.getByTestId('sampling-summary');
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  await expect(summary).toContainText('6 of 6 tokens kept; most likely great at 48.1%');

  // Temperature to 0: greedy decoding keeps one token.
  await island.getByLabel('Temperature T').focus();
  await page.keyboard.press('Home');
  await expect(summary).toContainText('1 of 6 tokens kept; most likely great at 100.0%');
  await expect(island.locator('output').first()).toContainText('greedy');

  // Back to T = 1 and top-p = 0.9: the chapter's four tokens (the top three reach only 0.879).
  await island.getByRole('button', { name: 'Reset' }).press('Enter');
  await island.getByLabel('Top-p').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(summary).toContainText('4 of 6 tokens kept');
  await expect(island.locator('tr[data-kept="false"] td:first-child')).toHaveText(['terrible', 'purple']);
  await expect(island.locator('tr[data-kept="false"]').first()).toContainText('cut');

  // Top-k = 3 on top of that.
  await island.getByLabel('Top-k').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await expect(summary).toContainText('3 of 6 tokens kept');

  // Sampling draws only kept tokens, and the same clicks replay the same draws.
  const sample = island.getByRole('button', { name: 'Sample a token' });
  for (let i = 0; i < 6; i++) await sample.press('Enter');
  const draws = await island.getByTestId('sampling-draws').innerText();
  const tokens = draws.replace(/^Draws:\s*/, '').split(/\s+/);
  expect(tokens).toHaveLength(6);
  for (const t of tokens) expect(['great', 'good', 'clear']).toContain(t);
  await island.getByRole('button', { name: 'Reset' }).press('Enter');
  await expect(island.getByTestId('sampling-draws')).toContainText('none yet');
});

test('without JavaScript, on paper and in Chinese the widget is its static table', async ({ browser, page }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto('/zh/business-applications/');
  const fallback = noJs.locator('[data-widget="sampling"] [data-island-fallback]');
  await fallback.scrollIntoViewIfNeeded();
  await expect(fallback).toBeVisible();
  await expect(fallback.locator('tbody tr')).toHaveCount(6);
  await expect(fallback).toContainText('top-p = 0.9 保留: great, good, clear, fine');
  await context.close();

  // A live widget prints as its fallback.
  await page.goto('/en/business-applications/');
  await ready(page);
  const island = page.locator('[data-widget="sampling"]');
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-island-state', 'live');
  await page.emulateMedia({ media: 'print' });
  await expect(island.locator('[data-island-fallback]')).toBeVisible();
  await expect(island.locator('[data-island-live]')).toBeHidden();
});

test('far sections, back/forward and reload land where the reader was, though far blocks are skipped until seen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/zh/algorithm-principles/');
  await ready(page);
  // Read to a paragraph deep in the chapter.
  const target = page.locator('#scaling-laws ~ p').first();
  await target.evaluate((p) => p.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  const text = (await target.innerText()).slice(0, 30);
  const inView = async () =>
    page.evaluate((start) => {
      const p = Array.from(document.querySelectorAll('[data-article] p')).find((el) => el.textContent?.startsWith(start));
      const top = p?.getBoundingClientRect().top ?? NaN;
      return top > -50 && top < window.innerHeight / 2;
    }, text);
  expect(await inView()).toBe(true);

  // Leave without scrolling (clicking "next" would first scroll down to it).
  await page.evaluate(() => window.location.assign('/zh/business-applications/'));
  await expect(page).toHaveURL(/business-applications/);
  await page.goBack();
  await expect(page).toHaveURL(/algorithm-principles\/$/);
  await expect.poll(inView).toBe(true);

  await page.reload();
  await expect.poll(inView).toBe(true);
});

test('find-in-page lands on text far below, and it stays in view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/en/algorithm-principles/');
  await ready(page);
  // Ctrl+F opens the browser's find bar: every skipped block is rendered once (WarmBlocks).
  await page.keyboard.press('Control+f');
  await page.locator('html[data-warm="done"]').waitFor({ state: 'attached' });
  // A sentence from the last section, far below the first screen.
  const phrase = ((await page.locator('#open-weight-models ~ p').first().textContent()) ?? '').trim().slice(0, 40);
  expect(phrase.length).toBe(40);
  const found = await page.evaluate((text) => (window as unknown as { find: (s: string) => boolean }).find(text), phrase);
  expect(found).toBe(true);
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(phrase);
  // The match is brought into view and stays there while the blocks around it render.
  const matchInView = () =>
    page.evaluate(() => {
      const top = window.getSelection()?.getRangeAt(0).getBoundingClientRect().top ?? NaN;
      return top >= 0 && top < window.innerHeight;
    });
  expect(await matchInView()).toBe(true);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 500))));
  expect(await matchInView()).toBe(true);
});
