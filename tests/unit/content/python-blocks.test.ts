import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeBlocks } from '@/lib/code-blocks';
import { bookOrder, chapterFile } from '@/lib/build/content';
import { langs } from '@/lib/i18n/langs';

// Debian's interpreter on purpose: CI installs pyflakes3 and python3-numpy for it.
const python = process.env.BOOK_PYTHON ?? '/usr/bin/python3';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'book-py-'));

type Verdict = { pyflakes: string[]; modules: string[]; ran: boolean; exit?: number; stdout?: string; stderr?: string };

const normalise = (s: string) => s.replace(/[ \t]+$/gm, '').trim();

for (const lang of langs) {
  for (const chapter of bookOrder()) {
    const file = chapterFile(lang, chapter.slug);
    const rel = path.relative(process.cwd(), file);
    const blocks = codeBlocks(fs.readFileSync(file, 'utf8')).filter((b) => b.lang === 'python');
    if (blocks.length === 0) continue;
    describe(rel, () => {
      for (const block of blocks) {
        it(`python block at line ${block.line} is complete, and runs with its printed output if it needs only stdlib + NumPy`, () => {
          const script = path.join(tmp, `${lang}-${chapter.slug}-${block.line}.py`);
          fs.writeFileSync(script, block.code);
          const r = spawnSync(python, [path.join(import.meta.dirname, 'pyblock.py'), script], { encoding: 'utf8', timeout: 150_000 });
          expect(r.status, r.stderr).toBe(0);
          const verdict = JSON.parse(r.stdout) as Verdict;
          expect(verdict.pyflakes, `${rel}:${block.line}`).toEqual([]);
          if (!verdict.ran) return;
          expect(verdict.exit, `${rel}:${block.line}\n${verdict.stderr}`).toBe(0);
          if (block.output !== undefined) expect(normalise(verdict.stdout ?? ''), `${rel}:${block.line} printed output`).toBe(normalise(block.output));
        });
      }
    });
  }
}
