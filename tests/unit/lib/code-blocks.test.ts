import { describe, expect, it } from 'vitest';
import { codeBlocks } from '@/lib/code-blocks';

describe('codeBlocks', () => {
  it('finds fenced blocks with language and line, and pairs a block with the text block right after it', () => {
    const src = ['# t', '', '```python', 'print(1)', '```', '', '```text', '1', '```', '', '```bash', 'ls', '```'].join('\n');
    expect(codeBlocks(src)).toEqual([
      { lang: 'python', code: 'print(1)', line: 3, output: '1' },
      { lang: 'text', code: '1', line: 7 },
      { lang: 'bash', code: 'ls', line: 11 },
    ]);
  });
  it('does not take a text block separated by prose as output', () => {
    const src = ['```python', 'x = 1', '```', 'Some prose.', '```text', 'x', '```'].join('\n');
    expect(codeBlocks(src)[0]?.output).toBeUndefined();
  });
  it('keeps blank lines and indentation inside a block', () => {
    const src = ['```python', 'def f():', '', '    return 1', '```'].join('\n');
    expect(codeBlocks(src)[0]?.code).toBe('def f():\n\n    return 1');
  });
});
