// Builds the site as it would be hosted under a sub-path (BASE_PATH=/book) into out-base/book/,
// for the base-path browser test. With a custom distDir, Next 16 writes the static export into
// that folder itself, so the main .next/ and out/ are left alone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

fs.rmSync('out-base', { recursive: true, force: true });
const env = { ...process.env, BASE_PATH: '/book', NEXT_DIST_DIR: 'out-base/book', SITE_URL: 'https://books.example.org' };
const run = (args) => spawnSync('npx', args, { stdio: 'inherit', env }).status ?? 1;
process.exit(run(['next', 'build']) || run(['tsx', 'scripts/finish-export.ts', 'out-base/book']));
