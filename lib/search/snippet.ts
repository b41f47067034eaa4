import { isHan } from './tokenize';

export type Segment = { text: string; hit: boolean };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A window of `text` around the first match of the query words (`radius` characters before it,
 * `after` from it), split into plain and highlighted segments. Rendered as React text (never HTML), so nothing a reader types can
 * become markup. Chinese words match anywhere; other words match at a word start (prefix).
 */
export function snippet(text: string, words: readonly string[], radius = 60, after = radius * 2): Segment[] {
  const parts = words.filter((w) => w.length > 0).map((w) => (isHan(w) ? escape(w) : `(?<![\\p{L}\\p{N}])${escape(w)}[\\p{L}\\p{N}]*`));
  if (parts.length === 0) return [{ text: text.slice(0, radius * 2), hit: false }];
  const pattern = new RegExp(parts.sort((a, b) => b.length - a.length).join('|'), 'giu');
  const first = pattern.exec(text);
  pattern.lastIndex = 0;
  const start = first ? Math.max(0, first.index - radius) : 0;
  const end = Math.min(text.length, (first ? first.index : 0) + after);
  const window = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  const segments: Segment[] = [];
  let last = 0;
  for (const m of window.matchAll(pattern)) {
    if (m.index > last) segments.push({ text: window.slice(last, m.index), hit: false });
    segments.push({ text: m[0], hit: true });
    last = m.index + m[0].length;
  }
  if (last < window.length) segments.push({ text: window.slice(last), hit: false });
  return segments;
}
