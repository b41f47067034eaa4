import type { Locator, Page } from '@playwright/test';
import { test, expect, ready } from './fixtures';
import { formatLoss, run, surfaces } from '../../lib/widgets/gradient-descent';
import { predictedLoss } from '../../lib/widgets/scaling-law';

// Each widget operated as a reader would: keyboard first, then the result it announces.
// (The island mechanics themselves, lazy loading and fallbacks, are in islands.spec.ts.)

async function liveWidget(page: Page, path: string, name: string, nth = 0): Promise<Locator> {
  await page.goto(path);
  await ready(page);
  const island = page.locator(`[data-widget="${name}"]`).nth(nth);
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-island-state', 'live');
  return island;
}

/** Replaces a number field's value by typing, as a reader would. */
async function typeInto(page: Page, field: Locator, value: string) {
  await field.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(value);
}

test('unit economics: presets, traffic and self-hosting change the bill, and the scenario survives a reload', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const island = await liveWidget(page, '/en/startup-landscape/#cost-calculator', 'unit-economics');
  const summary = island.getByTestId('unit-economics-summary');
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  // 600,000 requests; 981M input and 261.6M output tokens at USD 0.15 / 0.60 per million.
  await expect(summary).toHaveText('$304 a month for 600,000 requests: $0.30 per user, gross margin 97%.');

  // The large model, chosen with the keyboard: USD 6,867 and a margin of 31.3%.
  await island.getByLabel('Model and price').focus();
  await page.keyboard.press('ArrowDown');
  await expect(summary).toHaveText('$6,867 a month for 600,000 requests: $6.87 per user, gross margin 31.3%.');
  await expect(page).toHaveURL(/[?&]pin=3&pout=15(&|#|$)/);

  // Below the break-even price the margin turns into a loss, in words and not only in colour.
  await typeInto(page, island.getByLabel('Price per user per month, USD'), '5');
  await expect(summary).toContainText('gross margin -37.3% (loss)');
  await expect(island.getByTestId('unit-economics-results')).toContainText('Break-even price per user$6.87');

  // Reload: the address bar kept the scenario.
  await page.reload();
  await ready(page);
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-island-state', 'live');
  await expect(summary).toContainText('$6,867 a month');
  await expect(summary).toContainText('(loss)');

  // Self-hosting, switched by arrow key on the radio group: one GPU for a month, USD 1,800.
  await island.getByRole('button', { name: 'Reset' }).press('Enter');
  await island.getByLabel('API tokens').focus();
  await page.keyboard.press('ArrowRight');
  await expect(island.getByLabel('Rented GPUs')).toBeChecked();
  await expect(summary).toHaveText('$1,800 a month on 1 × GPU for 600,000 requests: $1.80 per user, gross margin 82%.');
  // A hundred times the users need ten GPUs (3,342 busy hours at 360 per GPU), not a hundred.
  await typeInto(page, island.getByLabel('Daily users'), '100000');
  await expect(summary).toHaveText('$18,000 a month on 10 × GPU for 60,000,000 requests: $0.18 per user, gross margin 98.2%.');

  // The shared link opens this section with the same scenario.
  await island.getByRole('button', { name: 'Copy a link to this scenario' }).press('Enter');
  await expect(island.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/en\/startup-landscape\/\?mode=gpu&users=100000#cost-calculator$/);
  const island2 = await liveWidget(page, link.replace(/^https?:\/\/[^/]+/, ''), 'unit-economics');
  await expect(island2.getByTestId('unit-economics-summary')).toContainText('$18,000 a month on 10 × GPU');
});

test('unit economics without JavaScript: the table of presets at two sizes, in Chinese', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh/startup-landscape/');
  const fallback = page.locator('[data-widget="unit-economics"] [data-island-fallback]');
  await fallback.scrollIntoViewIfNeeded();
  await expect(fallback.locator('tbody tr')).toHaveCount(6);
  // Self-hosted at 100,000 users: 10 GPUs, cheaper per user than the small API.
  await expect(fallback.locator('tbody tr').nth(5)).toContainText('(10 GPU)');
  await expect(fallback).toContainText('截至 2026-12-03');
  await context.close();
});

test('attention: focus a token by keyboard, mask the future, drop the √d and see the row change', async ({ page }) => {
  const island = await liveWidget(page, '/en/algorithm-principles/#self-cross-causal-attention', 'attention');
  const summary = island.getByTestId('attention-summary');
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  // Row "it": scores 6 on "cat", 1 on itself, 0 elsewhere, halved by √4: e³ / (e³ + e^0.5 + 5).
  await expect(summary).toHaveText('“it” puts 0.75 of its attention on “cat”; 7 of 7 tokens visible; the row sums to 1.00.');

  // Without the scaling the same scores make the row almost one-hot.
  await island.getByLabel('Divide by √d = 2').press('Space');
  await expect(summary).toContainText('puts 0.98 of its attention on “cat”');
  await island.getByLabel('Divide by √d = 2').press('Space');

  // The causal mask: "it" sees five tokens, e³ / (e³ + e^0.5 + 3) = 0.81.
  await island.getByLabel('Causal mask (no looking ahead)').press('Space');
  await expect(summary).toHaveText('“it” puts 0.81 of its attention on “cat”; 5 of 7 tokens visible; the row sums to 1.00.');
  await expect(island.getByTestId('attention-row').getByText('masked')).toHaveCount(2);

  // Arrow keys in the token toolbar: Home goes to "The", which can only see itself.
  await island.getByRole('button', { name: 'it', exact: true }).focus();
  await page.keyboard.press('Home');
  await expect(island.getByRole('button', { name: 'The', exact: true })).toBeFocused();
  await expect(island.getByRole('button', { name: 'The', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(summary).toHaveText('“The” puts 1.00 of its attention on “The”; 1 of 7 tokens visible; the row sums to 1.00.');
  await expect(island.locator('tr[data-focus="true"] td').first()).toHaveText('1.00');
  await expect(island.locator('tr[data-focus="true"] td').nth(1)).toHaveText('·');
  await page.keyboard.press('ArrowRight');
  await expect(summary).toContainText('“cat” puts');

  // The Chinese sentence has the same roles: 它 looks at 猫.
  await island.getByLabel('中文').check();
  await expect(summary).toHaveText('“它” puts 0.81 of its attention on “猫”; 5 of 7 tokens visible; the row sums to 1.00.');
});

test('gradient descent: step, diverge with too large a rate, and let momentum cross the ravine', async ({ page }) => {
  const island = await liveWidget(page, '/en/algorithm-principles/#gradient-descent', 'gradient-descent');
  const summary = island.getByTestId('gradient-descent-summary');
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  await expect(summary).toHaveText('Step 0: loss 10.3 (minimum 0) at (-2.5, 2).');
  // One step on the bowl with η = 0.1 multiplies both coordinates by 1 − 2η = 0.8.
  await island.getByRole('button', { name: 'Step', exact: true }).press('Enter');
  await expect(summary).toHaveText('Step 1: loss 6.56 (minimum 0) at (-2, 1.6).');

  // η = 10^0.2 ≈ 1.6 multiplies them by −2.2: past 1,000 after 8 steps. Reduced motion runs at once.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await island.getByLabel('Learning rate η').press('End');
  await expect(island.locator('output').first()).toHaveText('1.6');
  await island.getByRole('button', { name: 'Run 40 steps' }).press('Enter');
  await expect(summary).toContainText('Diverged after 8 steps');
  await expect(island.getByRole('button', { name: 'Step', exact: true })).toBeDisabled();

  // The ravine at η = 0.035, animated: the announcement comes when the run ends.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await island.getByRole('radio', { name: 'Bowl x² + y²' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(island.getByRole('radio', { name: 'Ravine x² + 25y²' })).toBeChecked();
  await island.getByLabel('Learning rate η').press('Home');
  for (let i = 0; i < 31; i++) await page.keyboard.press('ArrowRight');
  await expect(island.locator('output').first()).toHaveText('0.035');
  await island.getByRole('button', { name: 'Run 40 steps' }).press('Enter');
  await expect(island.getByRole('button', { name: 'Pause' })).toBeVisible();
  const fmt = (x: number) => formatLoss(x, 'en');
  const plain = surfaces.ravine.loss(run(surfaces.ravine, 0.035, 0, 40).at(-1)!);
  await expect(summary).toContainText(`Step 40: loss ${fmt(plain)} `);

  // Momentum β = 0.5 at the same rate ends far lower.
  await island.getByLabel('Momentum β').focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(island.locator('output').nth(1)).toHaveText('0.50');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await island.getByRole('button', { name: 'Run 40 steps' }).press('Enter');
  const heavy = surfaces.ravine.loss(run(surfaces.ravine, 0.035, 0.5, 40).at(-1)!);
  expect(heavy).toBeLessThan(plain / 10);
  await expect(summary).toContainText(`Step 40: loss ${fmt(heavy)} `);
});

test('scaling law: a budget from GPU-hours, a model size by keyboard, and the loss the Chinchilla fit predicts', async ({ page }) => {
  const island = await liveWidget(page, '/en/algorithm-principles/#scaling-laws', 'scaling-law');
  const summary = island.getByTestId('scaling-law-summary');
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  // Chinchilla's own budget, 6 × 70B × 1.4T: the fit's minimum is a 32B model on 3T tokens.
  await expect(summary).toHaveText('At 5.9×10^23 FLOPs the fit is lowest at 32B parameters and 3T tokens (loss 1.930); your 70B-parameter model on 1.4T tokens reaches 1.937.');
  const table = island.getByTestId('scaling-law-table');
  await expect(table.getByRole('row', { name: /^20 tokens per parameter/ })).toContainText('70B1.4T201.937');

  // A budget from hardware: 1,000 GPU-hours at 312 TFLOP/s and 40% = 4.5×10^20 FLOPs.
  await typeInto(page, island.getByLabel('GPU-hours'), '1000');
  await expect(island.locator('output').first()).toHaveText('4.5×10^20');
  await expect(summary).toContainText('At 4.5×10^20 FLOPs');

  // The smallest model the slider allows, on the same budget: far more tokens, far worse loss.
  await island.getByLabel('Your model: parameters N (log scale)').press('Home');
  const c = 1000 * 3600 * 312e12 * 0.4;
  await expect(summary).toContainText(`your 10M-parameter model`);
  await expect(summary).toContainText(`reaches ${predictedLoss(1e7, c / 6e7).toFixed(3)}.`);
  await page.keyboard.press('PageUp');
  await expect(island.locator('output').nth(1)).not.toHaveText('10M');
});

test('classifier metrics: the threshold trades precision for recall, and BLEU follows an edited sentence', async ({ page }) => {
  const island = await liveWidget(page, '/en/business-applications/#classification-metrics', 'classifier-metrics');
  const summary = island.getByTestId('classifier-summary');
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  await expect(summary).toHaveText('At 0.50: 8 true and 2 false alarms, 2 complaints missed; precision 0.800, recall 0.800, F1 0.800.');
  // Up to 0.75: only the five highest complaints are flagged, and no other review.
  await island.getByRole('slider', { name: 'Threshold' }).focus();
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowRight');
  await expect(summary).toHaveText('At 0.75: 5 true and 0 false alarms, 5 complaints missed; precision 1.000, recall 0.500, F1 0.667.');
  await expect(island.getByTestId('confusion')).toContainText('TP 5');
  await page.keyboard.press('End');
  await expect(summary).toContainText('precision undefined, recall 0.000, F1 undefined');

  const bleu = page.locator('[data-widget="classifier-metrics"]').nth(1);
  await bleu.scrollIntoViewIfNeeded();
  await expect(bleu).toHaveAttribute('data-island-state', 'live');
  const said = bleu.getByTestId('bleu-summary');
  // The chapter's worked example.
  await expect(said).toHaveText('BLEU 0.6732: precisions 6/6, 4/5, 3/4, 2/3, brevity penalty 0.8465 (6 vs 7 tokens).');
  await bleu.getByRole('button', { name: 'Chinese example' }).press('Enter');
  await expect(said).toHaveText('BLEU 0.5154: precisions 7/7, 5/6, 3/5, 1/4, brevity penalty 0.8669 (7 vs 8 tokens).');
  await bleu.getByRole('button', { name: 'English example' }).press('Enter');
  await typeInto(page, bleu.getByLabel('Candidate'), 'the cat on the mat');
  // Against "the cat sat on the red mat": only "the cat" and "on the" of its bigrams match.
  await expect(said).toContainText('BLEU 0.0000: precisions 5/5, 2/4, 0/3, 0/2');
  await expect(said).toContainText('unsmoothed sentence BLEU is 0');
});

test('tokenizer: older encodings cut Chinese into many more tokens, pair by pair and overall', async ({ page }) => {
  const island = await liveWidget(page, '/en/large-model-overview/#training-data-scale', 'tokenizer');
  const summary = island.getByTestId('tokenizer-summary');
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  await expect(summary).toHaveText('o200k_base: 10 English tokens, 10 Chinese tokens, ratio 1.00; over all 8 pairs 1.18.');
  await island.getByRole('radio', { name: 'o200k_base' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(summary).toHaveText('cl100k_base: 10 English tokens, 16 Chinese tokens, ratio 1.60; over all 8 pairs 1.73.');
  await page.keyboard.press('ArrowLeft');
  await expect(summary).toHaveText('r50k_base: 10 English tokens, 31 Chinese tokens, ratio 3.10; over all 8 pairs 3.21.');
  // GPT-2's byte-level tokens split 模 into three: one span, marked 3.
  await expect(island.getByLabel('Chinese: 31').locator('span', { hasText: '模' })).toContainText('3');
  await island.getByLabel('Sentence pair').focus();
  await page.keyboard.press('ArrowDown');
  await expect(summary).toContainText('r50k_base: 10 English tokens, 26 Chinese tokens, ratio 2.60');
});
