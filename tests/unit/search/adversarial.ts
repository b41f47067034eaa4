// Deterministic hostile queries for the search robustness tests (unit and browser).
import { seededRandom } from '../../../lib/random';
const pieces = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '&lt;b&gt;', '</mark>', '{{count}}', '${x}',
  '.*', '(?:', '[^]', '\\', '\\u0000', '|', '^$', '+?', '(((((', ')))))', '[[[[', '*'.repeat(50),
  '注意力', '迁移学习', 'GPT-3', '参数', 'attention', 'Transformer', 'ＢＥＲＴ', '\u202Eevil\u202C', 'e\u0301\u0301\u0301', 'שלום', 'مرحبا',
  '😀', '👩‍👩‍👧‍👦', '\uD800', '\uDFFF', '\u200B', '\uFEFF', '\t', '\n', '   ', '%E4%B8', '%00', '__proto__', 'constructor', 'toString', 'hasOwnProperty',
];

export function adversarialQueries(count: number, seed = 1): string[] {
  const r = seededRandom(seed);
  const out: string[] = ['', ' ', 'a'.repeat(10_000), '注'.repeat(10_000), pieces.join('')];
  while (out.length < count) {
    const n = 1 + Math.floor(r() * 6);
    let q = '';
    for (let i = 0; i < n; i++) {
      const k = r();
      if (k < 0.6) q += pieces[Math.floor(r() * pieces.length)];
      else if (k < 0.8) q += String.fromCharCode(Math.floor(r() * 0xffff));
      else q += ' ';
    }
    if (r() < 0.05) q = q.repeat(200);
    out.push(q);
  }
  return out.slice(0, count);
}
