import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { bookOrder, figurePlaces, loadTitles } from '@/lib/build/content';
import { figures } from '@/content/figures';
import { figureLabel } from '@/lib/figures/numbering';
import { langs, language } from '@/lib/i18n/langs';
import { getT } from '@/lib/i18n';

// npm test runs `npm run pdf` before this file (scripts/test.mjs).
const pdf = (lang: string) => `pdf/book-${lang}.pdf`;
const squash = (s: string) => s.replace(/\s+/g, '');

const screenOnly: Record<string, string[]> = {
  en: ['Search the book', 'On this page', 'Skip to content', 'Print / save as PDF', 'Toggle dark mode', 'Link copied', 'Read this in English', 'Copy code to clipboard'],
  zh: ['搜索全书', '本页内容', '跳到正文', '打印 / 存为 PDF', '切换深色模式', '复制本节链接', '阅读中文版', '复制代码到剪贴板'],
};

for (const lang of langs) {
  describe(`pdf/book-${lang}.pdf`, () => {
    it('exists', () => expect(fs.existsSync(pdf(lang)), 'run npm run pdf').toBe(true));
    const text = fs.existsSync(pdf(lang)) ? execFileSync('pdftotext', ['-layout', pdf(lang), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }) : '';
    const flat = squash(text);

    it('has every chapter title in reading order (contents, then chapters) and every section title', async () => {
      const titles = await loadTitles(lang);
      const order = bookOrder();
      let at = 0;
      for (let pass = 0; pass < 2; pass++) {
        for (const c of order) {
          const i = flat.indexOf(squash(titles[c.slug]!.title), at);
          expect(i, `${c.slug} (pass ${pass + 1})`).toBeGreaterThanOrEqual(0);
          at = i + 1;
        }
      }
      for (const c of order) for (const s of c.sections) expect(flat, s).toContain(squash(titles[c.slug]!.sections[s]!));
    });

    it('has every figure with its numbered caption', () => {
      const places = figurePlaces(lang);
      const missing = figures.map((f) => `${figureLabel(lang, places.get(f.id)!.number)} ${f.caption[lang]}`).filter((c) => !flat.includes(squash(c)));
      expect(missing).toEqual([]);
    });

    it('contains none of the screen-only interface', () => {
      for (const ui of screenOnly[lang]!) expect(flat, ui).not.toContain(squash(ui));
      expect(text).not.toMatch(/python\s+(Copy|复制)\b/);
    });

    it('embeds its fonts, with a CJK font in the Chinese edition', () => {
      const fonts = execFileSync('pdffonts', [pdf(lang)], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(fonts.every((line) => /\byes\b/.test(line.slice(line.search(/\s(yes|no)\s/))))).toBe(true);
      if (language(lang).cjk) expect(fonts.some((l) => /(UMing|CJK|SourceHan|WenQuanYi|DroidSansFallback)/i.test(l))).toBe(true);
    });

    it('has a page count that matches the content, A4, with title and bookmarks', () => {
      const info = execFileSync('pdfinfo', [pdf(lang)], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThan(60);
      expect(pages).toBeLessThan(250);
      expect(info).toMatch(/Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
      expect(info).toMatch(new RegExp(`Title:\\s+${getT(lang)('book.title').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(info).toMatch(/Tagged:\s+yes/);
      // Bookmarks: Chromium writes an uncompressed /Outlines tree, one /First per entry with children.
      const raw = fs.readFileSync(pdf(lang)).toString('latin1');
      expect(raw).toMatch(/\/Outlines \d+ 0 R/);
      expect((raw.match(/\/First \d+ 0 R/g) ?? []).length).toBeGreaterThan(bookOrder().length);
    });
  });
}
