import { describe, expect, it } from 'vitest';
import { glossary, glossaryProblems, type GlossaryTerm } from '@/lib/glossary';
import { bookOrder } from '@/lib/build/content';

const published = new Set(bookOrder().flatMap((c) => c.sections));
const term = (over: Partial<GlossaryTerm>): GlossaryTerm => ({
  id: 'attention',
  zh: '注意力机制',
  en: 'attention mechanism',
  defZh: '按相关性加权汇总信息的机制。',
  defEn: 'Weights information by relevance.',
  section: 'attention-mechanism',
  ...over,
});

describe('the book glossary', () => {
  it('has unique ids and terms, each pointing at a published section', () => {
    expect(glossary.length).toBeGreaterThan(100);
    expect(glossaryProblems(glossary, published)).toEqual([]);
  });
});

describe('glossaryProblems', () => {
  it('reports a repeated term in either language and an unknown section', () => {
    const problems = glossaryProblems(
      [term({}), term({ id: 'attention-2', en: 'Attention Mechanism', zh: '注意' }), term({ id: 'x', zh: '甲', en: 'x', section: 'nowhere' })],
      new Set(['attention-mechanism']),
    );
    expect(problems).toEqual([
      '"attention-2" repeats the en "Attention Mechanism" of "attention"',
      '"x" points at unknown section "nowhere"',
    ]);
  });
});
