// npm run build: validate all content, then `next build` into out/ and fill in the chapters. A failed build never leaves
// a half-written site: content errors stop before Next runs, and if Next itself fails the
// previous out/ is put back.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;

if (run('npx', ['tsx', 'scripts/check-content.ts']) !== 0) process.exit(1);

const previous = 'out.previous';
fs.rmSync(previous, { recursive: true, force: true });
const hadOut = fs.existsSync('out');
if (hadOut) fs.renameSync('out', previous);
// Next exports the pages; finish-export then puts each chapter's HTML into them and defers their
// scripts (see that file): together they are one build, and either failing fails it.
const status = run('npx', ['next', 'build']) || run('npx', ['tsx', 'scripts/finish-export.ts', 'out']);
if (status !== 0) {
  fs.rmSync('out', { recursive: true, force: true });
  if (hadOut) fs.renameSync(previous, 'out');
  console.error(hadOut ? '\nBuild failed: the previous out/ was kept.' : '\nBuild failed: no out/ was written.');
  process.exit(status);
}
fs.rmSync(previous, { recursive: true, force: true });
