import { describe, expect, it } from 'vitest';
import { citeLabel, fullName, referenceById, references, type Reference } from '@/lib/references';
import { langs } from '@/lib/i18n/langs';

const ref = (id: string) => referenceById.get(id)!;

describe('citeLabel', () => {
  it('names people by family name, with et al. / 等 for three or more', () => {
    expect(citeLabel(ref('vaswani2017'), 'en')).toBe('Vaswani et al., 2017');
    expect(citeLabel(ref('vaswani2017'), 'zh')).toBe('Vaswani 等，2017');
    expect(citeLabel(ref('kingma2015'), 'en')).toBe('Kingma & Ba, 2015');
    expect(citeLabel(ref('vandenoord2016'), 'en')).toBe('van den Oord et al., 2016');
  });
  it('names organisations whole, by short form, in the reader\'s language', () => {
    expect(citeLabel(ref('huggingface2025'), 'en')).toBe('Hugging Face, 2025');
    expect(citeLabel(ref('npc2021'), 'en')).toBe('NPCSC, 2021');
    expect(citeLabel(ref('npc2021'), 'zh')).toBe('全国人大常委会，2021');
    expect(citeLabel(ref('edpb2024'), 'en')).toBe('EDPB, 2024');
    expect(citeLabel(ref('europeanparliament2016'), 'zh')).toBe('欧洲议会 和 欧盟理事会，2016');
    expect(citeLabel(ref('cac2021'), 'zh')).toBe('国家网信办 等，2021');
  });
});

it('Appendix B names an organisation in full, in Chinese with the English name', () => {
  expect(fullName(ref('npc2021').authors[0]!, 'zh')).toBe("全国人民代表大会常务委员会（Standing Committee of the National People's Congress）");
  expect(fullName(ref('iea2025').authors[0]!, 'en')).toBe('International Energy Agency (IEA)');
});

// Words that mark an organisation: an author string containing one is cited by its last word
// ("Face", "Board") unless it is marked as an organisation in content/references.json.
const ORG_WORDS = /\b(Team|Council|Committee|Congress|Parliament|Agency|Board|Company|Court|Administration|Ministry|Bureau|Foundation|Commission|Office|Institute|Hugging Face|Inc\.?|Corporation|Association|University)\b/;

describe('every reference', () => {
  const names = (r: Reference) => r.authors.flatMap((a) => (typeof a === 'string' ? [a] : [a.org, a.short, a.zh, a.zhShort].filter(Boolean) as string[]));
  it.each(references.map((r) => [r.id, r] as const))('%s has a label that names its first author whole', (_id, r) => {
    for (const a of r.authors) if (typeof a === 'string') expect(a, 'an organisation written as a person').not.toMatch(ORG_WORDS);
    for (const lang of langs) {
      const label = citeLabel(r, lang);
      expect(label).toMatch(new RegExp(`${r.year}$`));
      const first = r.authors[0]!;
      const cited = label.split(/ et al\.| 等| & | 和 |, |，/)[0]!;
      if (typeof first === 'string') expect(first.endsWith(cited), `${label} / ${first}`).toBe(true);
      else expect(names(r)).toContain(cited);
    }
  });
});
