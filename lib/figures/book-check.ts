import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '@/lib/i18n/langs';
import { scanFigures } from './numbering';
import { checkTable, type TableBinding } from './tables';
import type { FigureDef } from './types';

export type BookProblem = { file: string; line: number; reason: string };

/**
 * Book-wide figure rules that one chapter's compile cannot see: both editions place the same
 * figures in the same order, every defined figure is placed, and every data file bound to a table
 * agrees with that table in both languages.
 */
export function checkFigures(o: {
  chapters: readonly string[];
  langs: readonly Lang[];
  source: (lang: Lang, chapter: string) => string;
  figures: readonly FigureDef[];
  dataDir: string;
}): BookProblem[] {
  const problems: BookProblem[] = [];
  const file = (lang: Lang, c: string) => `content/${lang}/${c}.mdx`;
  const placed = new Set<string>();
  for (const c of o.chapters) {
    const [a, b] = o.langs.map((lang) => scanFigures(o.source(lang, c)));
    a!.forEach((f) => placed.add(f.id));
    const k = a!.findIndex((f, i) => f.id !== b![i]?.id);
    if (k >= 0 || a!.length !== b!.length) {
      const i = k >= 0 ? k : Math.min(a!.length, b!.length);
      const at = b![i] ?? a![i]!;
      problems.push({
        file: file(b![i] ? o.langs[1]! : o.langs[0]!, c),
        line: at.line,
        reason: `Figures differ between languages at #${i + 1}: ${o.langs[0]} has "${a![i]?.id ?? 'nothing'}", ${o.langs[1]} has "${b![i]?.id ?? 'nothing'}"`,
      });
    }
  }
  for (const f of o.figures) {
    if (!placed.has(f.id)) problems.push({ file: `content/figures/${f.chapter}/${f.id}.ts`, line: 1, reason: `Figure "${f.id}" is defined but no chapter places it with <Figure id="${f.id}" />` });
  }
  for (const name of new Set(o.figures.flatMap((f) => (f.data ? [f.data] : [])))) {
    const dataFile = path.join(o.dataDir, `${name}.json`);
    const data = JSON.parse(fs.readFileSync(dataFile, 'utf8')) as {
      table?: Omit<TableBinding, 'rows'>;
      rows?: TableBinding['rows'];
      /** Output the chapter prints (code results) from which the data file was made. */
      quoted?: { chapter: string; text: string | Record<Lang, string> }[];
    };
    for (const q of data.quoted ?? []) {
      for (const lang of o.langs) {
        const text = typeof q.text === 'string' ? q.text : q.text[lang];
        if (!o.source(lang, q.chapter).includes(text)) {
          problems.push({ file: file(lang, q.chapter), line: 1, reason: `"${text}" no longer appears: ${path.relative(process.cwd(), dataFile)} was made from it; regenerate the data or fix the text` });
        }
      }
    }
    if (!data.table || !data.rows) continue;
    for (const lang of o.langs) {
      for (const p of checkTable(o.source(lang, data.table.chapter), lang, { ...data.table, rows: data.rows })) {
        const [line, ...rest] = p.split(': ');
        problems.push({ file: file(lang, data.table.chapter), line: Number(line), reason: `${rest.join(': ')} (${path.relative(process.cwd(), dataFile)})` });
      }
    }
  }
  return problems;
}
