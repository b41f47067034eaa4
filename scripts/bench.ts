// npm run bench — builds the site and measures it; prints a table and writes bench/results/bench.json.
// Figures, not pass/fail: build time (clean, incremental), out/ size and files, bytes loaded on
// first load per page type (from a real Chromium load), Lighthouse mobile for a chapter in each
// language, search figures, PDF time and size.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { searchBench } from './bench-search';
import { makePdfs, withServedSite } from './pdf';

const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const kib = (n: number | undefined) => `${((n ?? NaN) / 1024).toFixed(1)} KiB`;
const gz = (b: Buffer) => zlib.gzipSync(b, { level: 9 }).length;

function timed(cmd: string, args: string[]): number {
  const t = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'ignore', env: process.env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
  return Date.now() - t;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

type Bytes = { raw: number; gzip: number };
async function firstLoad(origin: string, pagePath: string): Promise<Record<'html' | 'js' | 'css' | 'font' | 'other', Bytes>> {
  const browser = await chromium.launch({ executablePath: chromePath });
  const page = await browser.newPage();
  const bodies: Promise<[string, Buffer]>[] = [];
  page.on('response', (r) => {
    if (r.request().method() !== 'GET') return;
    bodies.push(r.body().then((b) => [r.request().resourceType(), b] as [string, Buffer], () => ['other', Buffer.alloc(0)] as [string, Buffer]));
  });
  await page.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle', timeout: 120_000 });
  const result = { html: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, font: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
  for (const [type, body] of await Promise.all(bodies)) {
    const key = type === 'document' ? 'html' : type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : type === 'font' ? 'font' : 'other';
    result[key].raw += body.length;
    result[key].gzip += gz(body);
  }
  await browser.close();
  return result;
}

async function lighthouse(url: string) {
  const { default: lh } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  try {
    const result = await lh(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const lhr = result!.lhr;
    const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
    const num = (k: string) => lhr.audits[k]?.numericValue ?? NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(num('largest-contentful-paint')),
      tbtMs: Math.round(num('total-blocking-time')),
      cls: +num('cumulative-layout-shift').toFixed(3),
    };
  } finally {
    chrome.kill();
  }
}

async function main() {
  const report: Record<string, unknown> = {};
  fs.rmSync('.next', { recursive: true, force: true });
  fs.rmSync('node_modules/.cache/book-mdx', { recursive: true, force: true });
  report.buildCleanMs = timed('npm', ['run', 'build']);
  report.buildIncrementalMs = timed('npm', ['run', 'build']);
  const files = walk('out');
  report.out = { files: files.length, bytes: files.reduce((n, f) => n + fs.statSync(f).size, 0) };

  await withServedSite(async (origin) => {
    const pages: Record<string, string> = { home: '/zh/', 'long chapter': '/zh/algorithm-principles/', 'print page': '/zh/print/', 'home (en)': '/en/', 'long chapter (en)': '/en/algorithm-principles/' };
    const loads: Record<string, unknown> = {};
    for (const [name, p] of Object.entries(pages)) loads[name] = await firstLoad(origin, p);
    report.firstLoad = loads;
    const lh: Record<string, unknown> = {};
    for (const p of ['/zh/algorithm-principles/', '/en/algorithm-principles/']) lh[p] = await lighthouse(`${origin}${p}`);
    report.lighthouseMobile = lh;
  }, 4197);

  report.search = await searchBench();
  const t = Date.now();
  report.pdf = await makePdfs();
  report.pdfTotalMs = Date.now() - t;

  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync('bench/results/bench.json', JSON.stringify(report, null, 2));
  print(report as unknown as Report);
}

type Load = Record<'html' | 'js' | 'css' | 'font', Bytes>;
type Report = {
  buildCleanMs: number;
  buildIncrementalMs: number;
  out: { files: number; bytes: number };
  firstLoad: Record<string, Load>;
  lighthouseMobile: Record<string, Awaited<ReturnType<typeof lighthouse>>>;
  search: Awaited<ReturnType<typeof searchBench>>;
  pdf: Awaited<ReturnType<typeof makePdfs>>;
  pdfTotalMs: number;
};

function print(r: Report) {
  console.log('\n## Build');
  console.log(`clean ${(r.buildCleanMs / 1000).toFixed(1)} s · incremental ${(r.buildIncrementalMs / 1000).toFixed(1)} s · out/ ${kib(r.out.bytes)} in ${r.out.files} files`);
  console.log('\n## First load (bytes fetched by Chromium; gzip = what a compressing server sends)');
  console.log('page | HTML raw / gzip | JS raw / gzip | CSS raw / gzip | fonts');
  for (const [name, b] of Object.entries(r.firstLoad)) {
    console.log(`${name} | ${kib(b.html.raw)} / ${kib(b.html.gzip)} | ${kib(b.js.raw)} / ${kib(b.js.gzip)} | ${kib(b.css.raw)} / ${kib(b.css.gzip)} | ${kib(b.font.raw)}`);
  }
  console.log('\n## Lighthouse (mobile)');
  for (const [p, s] of Object.entries(r.lighthouseMobile)) {
    console.log(`${p} | perf ${s.performance} · a11y ${s.accessibility} · best ${s.bestPractices} · SEO ${s.seo} | LCP ${s.lcpMs} ms · TBT ${s.tbtMs} ms · CLS ${s.cls}`);
  }
  console.log('\n## Search');
  for (const [lang, s] of Object.entries(r.search)) {
    console.log(`${lang} | index ${kib(s.indexRawBytes)} raw / ${kib(s.indexGzipBytes)} gzip | first use ${kib(s.firstUseGzipBytes)} gzip (${s.gzipBytesPerCharacter} B/char) | import ${s.importMs} ms | p50 ${s.queryMsP50} ms · p95 ${s.queryMsP95} ms`);
  }
  console.log('\n## PDF');
  for (const [lang, p] of Object.entries(r.pdf)) console.log(`${lang} | ${kib(p.bytes)} | ${(p.ms / 1000).toFixed(1)} s`);
  console.log(`total ${(r.pdfTotalMs / 1000).toFixed(1)} s\n\nwritten to bench/results/bench.json`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
