import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { checkTable, quantities, tableRows } from '@/lib/figures/tables';

describe('quantities', () => {
  it('reads English and Chinese magnitudes alike', () => {
    expect(quantities('671B (37B active per token)', 'en')).toEqual([671e9, 37e9]);
    expect(quantities('6710 亿（每个词元激活 370 亿）', 'zh')).toEqual([671e9, 37e9]);
    expect(quantities('about 1.6T', 'en')).toEqual([1.6e12]);
    expect(quantities('约 1.6 万亿', 'zh')).toEqual([1.6e12]);
    expect(quantities('110M / 340M', 'en')).toEqual([110e6, 340e6]);
    expect(quantities('2,048', 'en')).toEqual([2048]);
  });
});

describe('checkTable', () => {
  const source = ['text', '', '| Model | Params |', '|---|---|', '| GPT-3 <Cite id="brown2020" /> | 175B |', '| PaLM | 540B |', ''].join('\n');
  it('finds rows by their first cell, without citations, with line numbers', () => {
    expect(tableRows(source)).toEqual([
      { line: 5, cells: ['GPT-3', '175B'] },
      { line: 6, cells: ['PaLM', '540B'] },
    ]);
  });
  it('agrees when the numbers match and names the line when they do not', () => {
    expect(checkTable(source, 'en', { chapter: 'x', column: 1, rows: [{ row: 'GPT-3', value: 175e9 }] })).toEqual([]);
    expect(checkTable(source, 'en', { chapter: 'x', column: 1, rows: [{ row: 'PaLM', value: 560e9 }] })).toEqual([
      '6: "PaLM" says 540B, the data file says 560000000000',
    ]);
    expect(checkTable(source, 'en', { chapter: 'x', column: 1, rows: [{ row: 'Gemini', value: 1 }] })[0]).toMatch(/no table row starts with "Gemini"/);
  });
  it('holds for the book: the model-size chart and both editions of its table agree', () => {
    const data = JSON.parse(fs.readFileSync('content/data/model-sizes.json', 'utf8'));
    for (const lang of ['zh', 'en'] as const) {
      expect(checkTable(fs.readFileSync(`content/${lang}/large-model-overview.mdx`, 'utf8'), lang, { ...data.table, rows: data.rows })).toEqual([]);
    }
  });
});
