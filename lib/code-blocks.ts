export type CodeBlock = {
  lang: string;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The ```text block that immediately follows, by convention the block's printed output. */
  output?: string;
};

/**
 * Fenced code blocks of a chapter, in order. Only top-level ``` fences are used in the book
 * (AUTHORING.md), so a line scanner is exact here and far cheaper than a full MDX parse.
 */
export function codeBlocks(source: string): CodeBlock[] {
  const lines = source.split('\n');
  const blocks: (CodeBlock & { end: number })[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})([\w-]*)/.exec(lines[i] ?? '');
    if (!open) continue;
    const fence = open[1]!;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i]!.startsWith(fence) && lines[i]!.trim() === fence); i++) body.push(lines[i]!);
    blocks.push({ lang: open[2] ?? '', code: body.join('\n'), line: start + 1, end: i });
  }
  return blocks.map((b, k) => {
    const next = blocks[k + 1];
    const between = next ? lines.slice(b.end + 1, next.line - 1).join('').trim() : 'x';
    const output = next && next.lang === 'text' && between === '' ? next.code : undefined;
    return { lang: b.lang, code: b.code, line: b.line, ...(output !== undefined && b.lang !== 'text' ? { output } : {}) };
  });
}
