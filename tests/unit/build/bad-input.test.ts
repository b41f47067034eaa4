import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Breaks a copy of the real book and runs the real build command on it: the build must stop,
// naming the file and line, and must not touch out/.
const chapter = 'zh/large-model-overview.mdx';
const original = fs.readFileSync(path.join('content', chapter), 'utf8');
const lastLine = original.split('\n').length; // appended text starts on the line after

type Case = { name: string; append?: string; remove?: string; file: string; line?: number; reason: RegExp };
// One case end to end (the build command stops, names file:line, leaves out/ alone); every other
// kind of bad input is covered where it is detected, with a fixture per kind:
// tests/unit/lib/mdx/pipeline.test.ts (MDX, TeX, code language, heading ids, links, citations)
// and tests/unit/lib/content.test.ts (a chapter in one language only, a file the TOC lacks).
const cases: Case[] = [{ name: 'malformed MDX', append: '\n<div>never closed\n', file: chapter, line: lastLine + 1, reason: /closing tag/ }];

function brokenBook(c: Case): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'book-bad-'));
  fs.cpSync('content', dir, { recursive: true });
  if (c.append) fs.appendFileSync(path.join(dir, chapter), c.append);
  if (c.remove) fs.rmSync(path.join(dir, c.remove));
  return dir;
}

const outMarker = () => (fs.existsSync('out/index.html') ? fs.statSync('out/index.html').mtimeMs : 0);

describe('bad input stops the build with the file and line', () => {
  it.each(cases.map((c) => [c.name, c]))('%s', (_name, c) => {
    const dir = brokenBook(c);
    const before = outMarker();
    const r = spawnSync('node', ['scripts/build.mjs'], { encoding: 'utf8', env: { ...process.env, BOOK_CONTENT_DIR: dir }, timeout: 120_000 });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.status).not.toBe(0);
    const message = `${r.stdout}\n${r.stderr}`;
    expect(message).toMatch(c.reason);
    const where = c.line ? `${path.basename(c.file)}:${c.line}:` : c.file;
    expect(message).toContain(where);
    expect(outMarker()).toBe(before);
  });
});
