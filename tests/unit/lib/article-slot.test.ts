import { describe, expect, it } from 'vitest';
import { emptySlots, fillSlots, parseSlot, slotName } from '@/lib/article-slot';

describe('article placeholders', () => {
  it('names and parses a slot both ways', () => {
    const slot = { target: 'print', lang: 'zh', slug: 'algorithm-principles' } as const;
    expect(slotName(slot)).toBe('print/zh/algorithm-principles');
    expect(parseSlot(slotName(slot))).toEqual(slot);
  });

  it('rejects names that are not target/lang/slug', () => {
    for (const bad of ['', 'web/zh', 'epub/zh/x', 'web/zh/Upper', 'web/zh/a/b', 'web/zh/../x', 'web//x']) expect(parseSlot(bad), bad).toBeUndefined();
  });

  it('fills each empty placeholder and keeps its attributes and the rest of the page', () => {
    const page = '<main><div data-article="web/en/a" class="prose"></div><p>after</p><div data-article="print/en/b"></div></main>';
    const { html, filled } = fillSlots(page, (s) => `<p>${s.slug}</p>`);
    expect(html).toBe('<main><div data-article="web/en/a" class="prose"><p>a</p></div><p>after</p><div data-article="print/en/b"><p>b</p></div></main>');
    expect(filled.map(slotName)).toEqual(['web/en/a', 'print/en/b']);
    expect(emptySlots(html)).toEqual([]);
  });

  it('inserts the chapter literally, even where it contains replacement patterns such as $& or $1', () => {
    const { html } = fillSlots('<div data-article="web/en/a"></div>', () => '<code>$&amp; $1 $$</code>');
    expect(html).toBe('<div data-article="web/en/a"><code>$&amp; $1 $$</code></div>');
  });

  it('leaves a filled placeholder alone (filling twice changes nothing)', () => {
    const once = fillSlots('<div data-article="web/en/a"></div>', () => '<p>x</p>').html;
    expect(fillSlots(once, () => '<p>again</p>')).toEqual({ html: once, filled: [] });
  });

  it('stops on a placeholder it cannot read', () => {
    expect(() => fillSlots('<div data-article="web/en/Bad Slug"></div>', () => '')).toThrow(/unreadable article placeholder/);
  });
});
