import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bookOrder } from '@/lib/build/content';
import { langs } from '@/lib/i18n/langs';

// The Nu Html Checker (the W3C validator's engine) over every exported page: 0 errors. Run once
// for all files (the JVM starts once); warnings are not errors and are not reported.
const out = 'out';
// The jar itself (the package's entry point is a command that would run it).
const vnu = path.join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const pages = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '_next' ? [] : pages(p);
    return e.name.endsWith('.html') ? [p] : [];
  });

type Message = { type: string; url: string; lastLine?: number; message: string };

describe('HTML validity (vnu)', () => {
  const files = fs.existsSync(out) ? pages(out) : [];
  // Home, print and search pages plus every chapter, in every edition.
  it('checks every page of the export', () => expect(files.length, 'run npm run build first').toBeGreaterThanOrEqual(langs.length * (bookOrder().length + 3)));
  it('finds no error on any page', () => {
    const r = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.error, 'Java is needed for the Nu Html Checker (apt-get install default-jre-headless)').toBeUndefined();
    const messages = (JSON.parse(r.stderr) as { messages: Message[] }).messages.filter((m) => m.type === 'error');
    expect(messages.map((m) => `${path.relative(process.cwd(), new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.message}`)).toEqual([]);
  }, 300_000);
});
