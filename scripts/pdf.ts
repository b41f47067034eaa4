// npm run pdf — writes pdf/book-zh.pdf and pdf/book-en.pdf from the print pages of the built site
// (out/), with Debian's Chromium: A4, running header with the book title, page numbers, PDF
// title and language from the page, a bookmark outline and a tagged (accessible) PDF.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { getT } from '../lib/i18n';
import { langs, language, type Lang } from '../lib/i18n/langs';
import { routes } from '../lib/routes';
import { withStaticSite } from '../lib/build/static-server';
import { pdfProblems } from '../lib/build/pdf-check';
import { bookOrder, loadTitles } from '../lib/build/content';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function renderPdf(browser: Browser, origin: string, lang: Lang, file: string): Promise<void> {
  const t = getT(lang);
  const page = await browser.newPage();
  const url = `${origin}${routes.print(lang)}`;
  const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
  // Print only the page we meant: the book's print edition, answering 200.
  if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}, not 200`);
  if (!(await page.title()).includes(t('book.title'))) throw new Error(`${url} is not the print edition (title "${await page.title()}")`);
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

/** Serves out/ for the duration of `work` (in-process, on a free port: see lib/build/static-server.ts). */
export function withServedSite<T>(work: (origin: string) => Promise<T>): Promise<T> {
  return withStaticSite('out', work);
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
        // A wrong PDF fails the command loudly instead of being written and forgotten.
        const titles = Object.values(await loadTitles(lang)).map((c) => c.title);
        const problems = pdfProblems({ file, minPages: bookOrder().length * 3, titles });
        if (problems.length > 0) throw new Error(`The PDF is not the book:\n  ${problems.join('\n  ')}`);
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
