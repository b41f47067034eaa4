import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withStaticSite } from '@/lib/build/static-server';

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'site-'));
fs.mkdirSync(path.join(site, 'zh'));
fs.writeFileSync(path.join(site, 'zh', 'index.html'), '<title>书</title>');

const answers = (origin: string) => fetch(`${origin}/zh/`).then((r) => r.status, () => 'refused');

describe('withStaticSite', () => {
  it('serves the folder on a free port while the work runs, then stops', async () => {
    let seen = '';
    const [a, b] = await Promise.all([
      withStaticSite(site, async (origin) => ((seen = origin), answers(origin))),
      withStaticSite(site, async (origin) => answers(origin)),
    ]);
    expect([a, b]).toEqual([200, 200]);
    expect(await answers(seen)).toBe('refused');
  });
  it('stops also when the work fails', async () => {
    let seen = '';
    await expect(withStaticSite(site, async (origin) => {
      seen = origin;
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(await answers(seen)).toBe('refused');
  });
});

it('compresses what it serves, as static hosts do', async () => {
  fs.writeFileSync(path.join(site, 'zh', 'index.html'), `<title>书</title>${'<p>大模型</p>'.repeat(500)}`);
  const encoding = await withStaticSite(site, (origin) => fetch(`${origin}/zh/`, { headers: { 'accept-encoding': 'gzip' } }).then((r) => r.headers.get('content-encoding')));
  expect(encoding).toBe('gzip');
});
