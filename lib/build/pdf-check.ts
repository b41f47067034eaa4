import { execFileSync } from 'node:child_process';

export type PdfExpectation = { file: string; minPages: number; titles: readonly string[] };

/**
 * A PDF of the book must look like the book: enough pages and every chapter title in its text.
 * Returns what is wrong (empty when it is right); uses poppler's pdfinfo/pdftotext.
 */
export function pdfProblems({ file, minPages, titles }: PdfExpectation): string[] {
  const run = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    } catch (e) {
      throw new Error(`${cmd} failed on ${file} (is poppler-utils installed?): ${(e as Error).message}`);
    }
  };
  const pages = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1] ?? 0);
  // pdftotext breaks lines inside long titles: compare without whitespace.
  const text = run('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(/\s+/g, '');
  const problems: string[] = [];
  if (pages < minPages) problems.push(`${file}: ${pages} pages, expected at least ${minPages}`);
  for (const title of titles) if (!text.includes(title.replace(/\s+/g, ''))) problems.push(`${file}: no chapter title "${title}"`);
  return problems;
}
