import { describe, expect, it } from 'vitest';
import { citationIndex } from '@/lib/build/citations';
import { references } from '@/lib/references';

describe('references and citations', () => {
  it('every entry in Appendix B is cited somewhere, in both languages, and every citation has an entry', async () => {
    const ids = references.map((r) => r.id).sort();
    for (const lang of ['zh', 'en'] as const) {
      const cited = [...(await citationIndex(lang)).keys()].sort();
      expect(cited.filter((id) => !ids.includes(id)), `${lang}: citations without an entry`).toEqual([]);
      expect(ids.filter((id) => !cited.includes(id)), `${lang}: entries cited nowhere`).toEqual([]);
    }
  });

  it('lists each place once, in reading order, with a section number', async () => {
    const index = await citationIndex('en');
    const vaswani = index.get('vaswani2017') ?? [];
    expect(vaswani.length).toBeGreaterThan(1);
    expect(new Set(vaswani.map((c) => `${c.chapter}#${c.label}`)).size).toBe(vaswani.length);
    expect(vaswani.every((c) => /^[0-9A-Z]+\.\d+$/.test(c.label) || c.label.length > 3)).toBe(true);
  });
});
