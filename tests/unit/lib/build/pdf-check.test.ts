import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { pdfProblems } from '@/lib/build/pdf-check';

// A one-page "PDF of a 404 page" must be refused; a PDF that has the titles and pages passes.
async function pdfOf(html: string): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-')), 'x.pdf');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const page = await browser.newPage();
  await page.setContent(html);
  await page.pdf({ path: file, format: 'A4' });
  await browser.close();
  return file;
}

describe('pdfProblems', () => {
  it('refuses a PDF of the wrong page', async () => {
    const file = await pdfOf('<h1>404: This page could not be found</h1>');
    expect(pdfProblems({ file, minPages: 3, titles: ['Algorithmic Principles'] })).toEqual([
      `${file}: 1 pages, expected at least 3`,
      `${file}: no chapter title "Algorithmic Principles"`,
    ]);
  });
  it('accepts one with its pages and titles, also when a title is broken across lines', async () => {
    const file = await pdfOf('<html lang="zh-Hans"><h1 style="width:3cm">AI 大模型的算法原理</h1><div style="break-before:page">二</div><div style="break-before:page">三</div>');
    expect(pdfProblems({ file, minPages: 3, titles: ['AI 大模型的算法原理'] })).toEqual([]);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+3/);
  });
});
