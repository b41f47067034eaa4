import type { Lang } from '@/lib/i18n/langs';

export type TableRow = { line: number; cells: string[] };

/** GitHub-style table rows of an MDX source, with their line numbers (header and rule rows skipped). */
export function tableRows(source: string): TableRow[] {
  const rows: TableRow[] = [];
  const lines = source.split('\n');
  lines.forEach((text, i) => {
    if (!text.startsWith('|') || /^\|[\s:|-]+\|\s*$/.test(text)) return;
    if (/^\|[\s:|-]+\|\s*$/.test(lines[i + 1] ?? '')) return; // the header row
    const cells = text.replace(/^\||\|\s*$/g, '').split('|').map((c) => c.replace(/<Cite[^>]*\/>/g, '').trim());
    rows.push({ line: i + 1, cells });
  });
  return rows;
}

const EN_UNITS: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
const ZH_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };

/**
 * Every quantity written in a cell, in order, as a number: "671B (37B active)" → [6.71e11, 3.7e10],
 * "6710 亿（每个词元激活 370 亿）" → the same. Plain numbers count as themselves ("0.35", "2,048").
 */
export function quantities(cell: string, lang: Lang): number[] {
  const re = lang === 'zh' ? /(\d[\d,]*(?:\.\d+)?)\s*(万亿|亿|万)?/g : /(\d[\d,]*(?:\.\d+)?)\s*([KMBT](?![a-z]))?/g;
  const units = lang === 'zh' ? ZH_UNITS : EN_UNITS;
  return [...cell.matchAll(re)].map((m) => Number(m[1]!.replace(/,/g, '')) * (m[2] ? units[m[2]]! : 1));
}

export type TableBinding = {
  /** The chapter whose table states the same numbers. */
  chapter: string;
  /** Which column (0-based) holds the value. */
  column: number;
  /** `row`: how the table row's first cell starts, the same in both languages or one per language. */
  rows: readonly { row: string | { zh: string; en: string }; part?: number; value: number }[];
};

/**
 * Checks a data file against a chapter's table in one language: for every row, the table row whose
 * first cell starts with `row` must state `value` (as its `part`-th quantity, default the first).
 * Returns "line: problem" messages; empty when chart and table agree.
 */
export function checkTable(source: string, lang: Lang, binding: TableBinding): string[] {
  const rows = tableRows(source);
  const problems: string[] = [];
  for (const want of binding.rows) {
    const name = typeof want.row === 'string' ? want.row : want.row[lang];
    const found = rows.find((r) => r.cells[0]?.replace(/\*\*/g, '').startsWith(name));
    if (!found) {
      problems.push(`0: no table row starts with "${name}"`);
      continue;
    }
    const got = quantities(found.cells[binding.column] ?? '', lang)[want.part ?? 0];
    if (got === undefined || Math.abs(got - want.value) > Math.abs(want.value) * 1e-9) {
      problems.push(`${found.line}: "${name}" says ${found.cells[binding.column] ?? '(nothing)'}, the data file says ${want.value}`);
    }
  }
  return problems;
}
