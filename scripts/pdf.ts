// npm run pdf — writes pdf/book-zh.pdf and pdf/book-en.pdf from the print pages of the built site
// (out/), with Debian's Chromium: A4, running header with the book title, page numbers, PDF
// title and language from the page, a bookmark outline and a tagged (accessible) PDF.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { getT } from '../lib/i18n';
import { langs, language, type Lang } from '../lib/i18n/langs';
import { routes } from '../lib/routes';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function renderPdf(browser: Browser, origin: string, lang: Lang, file: string): Promise<void> {
  const t = getT(lang);
  const page = await browser.newPage();
  await page.goto(`${origin}${routes.print(lang)}`, { waitUntil: 'networkidle', timeout: 120_000 });
  await page.evaluate(() => document.fonts.ready);
  const font = language(lang).documentFont;
  await page.pdf({
    path: file,
    format: 'A4',
    margin: { top: '20mm', bottom: '20mm', left: '16mm', right: '16mm' },
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="width:100%;font-size:8px;color:#666;padding:0 16mm;font-family:${font}">${esc(`${t('book.title')}: ${t('book.subtitle')}`)}</div>`,
    footerTemplate: `<div style="width:100%;font-size:8px;color:#666;text-align:center;font-family:${font}"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
    outline: true,
    tagged: true,
  });
  await page.close();
}

/** Serves out/ on a free local port for the duration of `work`. */
export async function withServedSite<T>(work: (origin: string) => Promise<T>, port = 4198): Promise<T> {
  const server: ChildProcess = spawn('npx', ['serve', 'out', '-l', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-request-logging'], { stdio: 'ignore' });
  try {
    const origin = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 60; i++) {
      if (await fetch(`${origin}/zh/`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    return await work(origin);
  } finally {
    server.kill();
  }
}

export async function makePdfs(dir = 'pdf'): Promise<Record<Lang, { file: string; bytes: number; ms: number }>> {
  if (!fs.existsSync(path.join('out', langs[0]!, 'print', 'index.html'))) throw new Error('No built site in out/: run npm run build first.');
  fs.mkdirSync(dir, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    return await withServedSite(async (origin) => {
      const result = {} as Record<Lang, { file: string; bytes: number; ms: number }>;
      for (const lang of langs) {
        const file = path.join(dir, `book-${lang}.pdf`);
        const started = Date.now();
        await renderPdf(browser, origin, lang, file);
        result[lang] = { file, bytes: fs.statSync(file).size, ms: Date.now() - started };
      }
      return result;
    });
  } finally {
    await browser.close();
  }
}

if (process.argv[1]?.endsWith('pdf.ts')) {
  const started = Date.now();
  makePdfs().then(
    (r) => {
      for (const { file, bytes, ms } of Object.values(r)) console.log(`${file}: ${(bytes / 1024 / 1024).toFixed(2)} MiB in ${(ms / 1000).toFixed(1)} s`);
      console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
