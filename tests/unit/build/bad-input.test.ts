import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Each case breaks one thing in a copy of the real book and runs the build's content check on it:
// the build must stop, naming the file and line, and must not touch out/.
const chapter = 'zh/large-model-overview.mdx';
const original = fs.readFileSync(path.join('content', chapter), 'utf8');
const lastLine = original.split('\n').length; // appended text starts on the line after

type Case = { name: string; append?: string; remove?: string; file: string; line?: number; reason: RegExp };
const cases: Case[] = [
  { name: 'malformed MDX', append: '\n<div>never closed\n', file: chapter, line: lastLine + 1, reason: /closing tag/ },
  { name: 'invalid TeX', append: '\n$$\n\\frac{1}{\n$$\n', file: chapter, line: lastLine + 1, reason: /Invalid TeX/ },
  { name: 'unknown code-block language', append: '\n```cobol\nDISPLAY "HI".\n```\n', file: chapter, line: lastLine + 1, reason: /Unknown code-block language "cobol"/ },
  { name: 'duplicate section id', append: '\n## 再来一次 {/* #large-model-definition */}\n', file: chapter, line: lastLine + 1, reason: /Duplicate heading id/ },
  { name: 'section without an id', append: '\n## 没有编号的一节\n', file: chapter, line: lastLine + 1, reason: /has no id/ },
  { name: 'broken internal link', append: '\n见[不存在的一节](/large-model-overview/#no-such-section)。\n', file: chapter, line: lastLine + 1, reason: /Broken link/ },
  { name: 'citation without a reference', append: '\n如某文所说<Cite id="nobody2099" />。\n', file: chapter, line: lastLine + 1, reason: /Citation "nobody2099" has no entry/ },
  { name: 'chapter missing in one language', remove: 'en/case-studies.mdx', file: 'content/en/case-studies.mdx', reason: /is missing/ },
];

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
