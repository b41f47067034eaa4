// npm run bench:search — figures for the search feature, per language, against the built out/:
// index size (raw, gzip), bytes fetched on first use in a real browser (search code + index),
// time to load and import the index, and p50/p95 query latency over the relevance suite.
// Writes bench/results/search.json as well. Needs a built site (npm run build).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { loadSearchData, type SearchData } from '../lib/search/engine';
import { langs } from '../lib/i18n/langs';
import { en, zh } from '../tests/unit/search/queries';

const out = path.join(process.cwd(), 'out');
const gzip = (b: Buffer | string) => zlib.gzipSync(b, { level: 9 }).length;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function browserBytes(port: number, lang: string, query: string) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/${lang}/`, { waitUntil: 'networkidle' });
  const bodies: Promise<{ url: string; raw: number; gz: number }>[] = [];
  page.on('response', (r) => {
    if (r.request().method() === 'GET') bodies.push(r.body().then((b) => ({ url: r.url(), raw: b.length, gz: gzip(b) }), () => ({ url: r.url(), raw: 0, gz: 0 })));
  });
  const t0 = Date.now();
  await page.keyboard.press('/');
  await page.getByRole('combobox').fill(query);
  await page.getByRole('option').first().waitFor();
  const firstResultMs = Date.now() - t0;
  const files = await Promise.all(bodies);
  await browser.close();
  return { firstResultMs, files };
}

export async function searchBench(): Promise<Record<string, Record<string, number>>> {
  const port = 4199;
  const server = spawn('npx', ['serve', 'out', '-l', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-request-logging'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 2500));
  const report: Record<string, Record<string, number>> = {};
  try {
    for (const lang of langs) {
      const file = path.join(out, lang, 'search-index.json');
      const raw = fs.readFileSync(file);
      const t0 = performance.now();
      const data = JSON.parse(raw.toString('utf8')) as SearchData;
      const engine = loadSearchData(data);
      const importMs = performance.now() - t0;
      const chars = data.records.reduce((n, r) => n + r.text.length + r.section.length, 0);
      const latencies: number[] = [];
      const queries = ({ zh, en } as const)[lang].map((c) => c[0]);
      for (let round = 0; round < 20; round++) {
        for (const q of queries) {
          const s = performance.now();
          engine.search(q);
          latencies.push(performance.now() - s);
        }
      }
      const { firstResultMs, files } = await browserBytes(port, lang, queries[0]!);
      const code = files.filter((f) => f.url.endsWith('.js'));
      const index = files.filter((f) => f.url.includes('search-index.json'));
      const firstUse = [...code, ...index].reduce((n, f) => n + f.gz, 0);
      report[lang] = {
        records: data.records.length,
        charactersIndexed: chars,
        indexRawBytes: raw.length,
        indexGzipBytes: gzip(raw),
        firstUseGzipBytes: firstUse,
        firstUseCodeGzipBytes: code.reduce((n, f) => n + f.gz, 0),
        gzipBytesPerCharacter: +(firstUse / chars).toFixed(2),
        importMs: +importMs.toFixed(1),
        firstResultInBrowserMs: firstResultMs,
        queryMsP50: +pct(latencies, 50).toFixed(3),
        queryMsP95: +pct(latencies, 95).toFixed(3),
        queries: queries.length,
      };
    }
  } finally {
    server.kill();
  }
  return report;
}

async function main() {
  if (!fs.existsSync(path.join(out, 'zh', 'search-index.json'))) throw new Error('No built site in out/: run npm run build first.');
  const report = await searchBench();
  console.log('\nSearch benchmark');
  console.log('lang | records | chars | index raw | index gzip | first use (code + index, gzip) | B/char | import | first result | p50 | p95');
  for (const [lang, r] of Object.entries(report) as [string, Record<string, number>][]) {
    console.log(
      `${lang}   | ${r.records} | ${r.charactersIndexed} | ${kib(r.indexRawBytes!)} | ${kib(r.indexGzipBytes!)} | ${kib(r.firstUseGzipBytes!)} (code ${kib(r.firstUseCodeGzipBytes!)}) | ${r.gzipBytesPerCharacter} | ${r.importMs} ms | ${r.firstResultInBrowserMs} ms | ${r.queryMsP50} ms | ${r.queryMsP95} ms`,
    );
  }
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync('bench/results/search.json', JSON.stringify(report, null, 2));
}

if (process.argv[1]?.endsWith('bench-search.ts')) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
