// Renders the link-preview cards public/og/book-{zh,en}.jpg (1200×630) from the UI strings with
// Debian's Chromium and Noto CJK. Run after changing the book's title: npx tsx scripts/make-og-images.ts
// The images are committed: a static export cannot render images at request time.
import { chromium } from '@playwright/test';
import { getT } from '../lib/i18n';
import { htmlLang, langs } from '../lib/i18n/langs';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  for (const lang of langs) {
    const t = getT(lang);
    await page.setContent(`<!doctype html><html lang="${htmlLang[lang]}"><body style="margin:0">
      <div style="box-sizing:border-box;width:1200px;height:630px;padding:72px 80px;display:flex;flex-direction:column;justify-content:space-between;
        background:linear-gradient(135deg,#0c4a6e 0%,#0f172a 70%);color:#fff;font-family:'Noto Sans CJK SC','Noto Sans',sans-serif">
        <div style="font-size:28px;letter-spacing:.08em;color:#7dd3fc">${esc(t('og.kicker'))}</div>
        <div>
          <div style="font-size:${t('book.title').length <= 12 ? 88 : 72}px;font-weight:700;line-height:1.1">${esc(t('book.title'))}</div>
          <div style="font-size:44px;margin-top:20px;color:#e2e8f0">${esc(t('book.subtitle'))}</div>
        </div>
        <div style="font-size:26px;color:#cbd5e1">${esc(t('og.tagline'))}</div>
      </div></body></html>`);
    await page.screenshot({ path: `public/og/book-${lang}.jpg`, type: 'jpeg', quality: 88 });
  }
  await browser.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
