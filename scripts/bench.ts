// npm run bench — builds the site and measures it; prints a table and writes bench/results/bench.json.
// Figures, not pass/fail: build time, out/ size, HTML bytes per page type (and how much of it is
// React's payload), bytes loaded on first load, Lighthouse mobile (median of several runs) with
// main-thread scripting time, island chunk sizes, search and PDF. Each figure is printed beside
// the committed bench/baseline.json (the last recorded state), so a change shows its effect.
//   --no-build       measure the existing out/ (no clean and incremental build)
//   --runs N         Lighthouse runs per page (default 3; the median is reported)
//   --only lighthouse|bytes   a part only
//   --pages /a/,/b/  Lighthouse on these pages instead of the tracked ones
//   --save           write the figures to bench/baseline.json as the new reference
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { searchBench } from './bench-search';
import { makePdfs, withServedSite } from './pdf';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs') ?? 3);
const only = option('--only');
const wants = (part: string) => !only || only === part;

const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const gz = (b: Buffer | string) => zlib.gzipSync(b, { level: 9 }).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The pages the speed issue (#11) tracks, plus the chapter that carries a widget. */
const LIGHTHOUSE_PAGES = ['/zh/algorithm-principles/', '/en/algorithm-principles/', '/zh/summary-and-outlook/', '/en/', '/en/business-applications/'];
const HTML_PAGES: Record<string, string> = {
  'home zh': 'zh/index.html',
  'home en': 'en/index.html',
  'short chapter zh (summary-and-outlook)': 'zh/summary-and-outlook/index.html',
  'longest chapter zh (algorithm-principles)': 'zh/algorithm-principles/index.html',
  'longest chapter en (algorithm-principles)': 'en/algorithm-principles/index.html',
  'widget chapter en (business-applications)': 'en/business-applications/index.html',
  'print page zh': 'zh/print/index.html',
  'print page en': 'en/print/index.html',
};

function timed(cmd: string, cmdArgs: string[]): number {
  const t = Date.now();
  const r = spawnSync(cmd, cmdArgs, { stdio: 'ignore', env: process.env });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed`);
  return Date.now() - t;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

type Bytes = { raw: number; gzip: number };

/** An exported page's size, and the part of it that is React's inline payload (self.__next_f). */
function htmlBytes(file: string): { html: Bytes; payload: Bytes } {
  const html = fs.readFileSync(path.join('out', file), 'utf8');
  const payload = [...html.matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].map((m) => m[1]).join('');
  return { html: { raw: Buffer.byteLength(html), gzip: gz(html) }, payload: { raw: Buffer.byteLength(payload), gzip: gz(payload) } };
}

/** Each island's own chunk: the JS file that carries its marker (ISLAND_ID in the widget). */
function islandChunks(): Record<string, Bytes> {
  const chunks: Record<string, Bytes> = {};
  for (const f of walk('out/_next/static').filter((f) => f.endsWith('.js'))) {
    const code = fs.readFileSync(f);
    for (const m of code.toString().matchAll(/book-island:([a-z-]+)/g)) chunks[m[1]!] = { raw: code.length, gzip: gz(code) };
  }
  return chunks;
}

type Load = Record<'html' | 'js' | 'css' | 'font' | 'other', Bytes>;
async function firstLoad(origin: string, pagePath: string): Promise<Load> {
  const browser = await chromium.launch({ executablePath: chromePath });
  const page = await browser.newPage();
  const bodies: Promise<[string, Buffer]>[] = [];
  page.on('response', (r) => {
    if (r.request().method() !== 'GET') return;
    bodies.push(r.body().then((b) => [r.request().resourceType(), b] as [string, Buffer], () => ['other', Buffer.alloc(0)] as [string, Buffer]));
  });
  await page.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle', timeout: 120_000 });
  const result: Load = { html: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, font: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
  for (const [type, body] of await Promise.all(bodies)) {
    const key = type === 'document' ? 'html' : type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : type === 'font' ? 'font' : 'other';
    result[key].raw += body.length;
    result[key].gzip += gz(body);
  }
  await browser.close();
  return result;
}

type Lh = { performance: number; accessibility: number; lcpMs: number; tbtMs: number; cls: number; fcpMs: number; scriptingMs: number; styleLayoutMs: number; domElements: number };

async function lighthouseOnce(url: string): Promise<Lh> {
  const { default: lh } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  try {
    const result = await lh(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    const lhr = result!.lhr;
    const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
    const num = (k: string) => lhr.audits[k]?.numericValue ?? NaN;
    const work = (lhr.audits['mainthread-work-breakdown']?.details as { items?: { group: string; duration: number }[] } | undefined)?.items ?? [];
    const group = (g: string) => Math.round(work.filter((i) => i.group === g).reduce((a, i) => a + i.duration, 0));
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      fcpMs: Math.round(num('first-contentful-paint')),
      lcpMs: Math.round(num('largest-contentful-paint')),
      tbtMs: Math.round(num('total-blocking-time')),
      cls: +num('cumulative-layout-shift').toFixed(3),
      scriptingMs: group('scriptEvaluation'),
      styleLayoutMs: group('styleLayout'),
      domElements: num('dom-size'),
    };
  } finally {
    chrome.kill();
  }
}

/** The median of each figure over `runs` runs (Lighthouse varies from run to run). */
async function lighthouse(url: string): Promise<Lh & { runs: number }> {
  const all: Lh[] = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouseOnce(url));
  const keys = Object.keys(all[0]!) as (keyof Lh)[];
  return { ...(Object.fromEntries(keys.map((k) => [k, median(all.map((r) => r[k]))])) as Lh), runs };
}

type Report = Partial<{
  buildCleanMs: number;
  buildIncrementalMs: number;
  out: { files: number; bytes: number };
  html: Record<string, { html: Bytes; payload: Bytes }>;
  islands: Record<string, Bytes>;
  firstLoad: Record<string, Load>;
  lighthouseMobile: Record<string, Lh & { runs: number }>;
  search: Awaited<ReturnType<typeof searchBench>>;
  pdf: Awaited<ReturnType<typeof makePdfs>>;
  pdfTotalMs: number;
}>;

async function main() {
  const report: Report = {};
  if (!flag('--no-build')) {
    fs.rmSync('.next', { recursive: true, force: true });
    fs.rmSync('node_modules/.cache/book-mdx', { recursive: true, force: true });
    report.buildCleanMs = timed('npm', ['run', 'build']);
    report.buildIncrementalMs = timed('npm', ['run', 'build']);
  }
  if (!fs.existsSync('out/zh/index.html')) throw new Error('No built site in out/: run npm run build, or drop --no-build.');
  if (wants('bytes')) {
    const files = walk('out');
    report.out = { files: files.length, bytes: files.reduce((n, f) => n + fs.statSync(f).size, 0) };
    report.html = Object.fromEntries(Object.entries(HTML_PAGES).map(([name, file]) => [name, htmlBytes(file)]));
    report.islands = islandChunks();
  }
  await withServedSite(async (origin) => {
    if (wants('bytes')) {
      const pages: Record<string, string> = { home: '/zh/', 'long chapter': '/zh/algorithm-principles/', 'print page': '/zh/print/', 'home (en)': '/en/', 'long chapter (en)': '/en/algorithm-principles/' };
      report.firstLoad = {};
      for (const [name, p] of Object.entries(pages)) report.firstLoad[name] = await firstLoad(origin, p);
    }
    if (wants('lighthouse')) {
      report.lighthouseMobile = {};
      for (const p of option('--pages')?.split(',') ?? LIGHTHOUSE_PAGES) report.lighthouseMobile[p] = await lighthouse(`${origin}${p}`);
    }
  });
  if (!only) {
    report.search = await searchBench();
    const t = Date.now();
    report.pdf = await makePdfs();
    report.pdfTotalMs = Date.now() - t;
  }
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync('bench/results/bench.json', JSON.stringify(report, null, 2));
  const baselineFile = 'bench/baseline.json';
  const baseline: Report = fs.existsSync(baselineFile) ? (JSON.parse(fs.readFileSync(baselineFile, 'utf8')) as Report) : {};
  print(report, baseline);
  if (flag('--save')) {
    fs.writeFileSync(baselineFile, `${JSON.stringify({ ...baseline, ...report }, null, 2)}\n`);
    console.log(`saved as the new reference: ${baselineFile}`);
  }
}

const kib = (n: number | undefined) => (n === undefined ? '—' : `${(n / 1024).toFixed(1)} KiB`);
/** "now (was before)" when the baseline has the figure and it differs. */
function vs(now: number | undefined, before: number | undefined, fmt: (n: number | undefined) => string = (n) => (n === undefined ? '—' : String(n))): string {
  return before === undefined || before === now ? fmt(now) : `${fmt(now)} (was ${fmt(before)})`;
}

function print(r: Report, b: Report) {
  if (r.buildCleanMs !== undefined) {
    console.log('\n## Build');
    console.log(`clean ${vs(r.buildCleanMs, b.buildCleanMs, (n) => `${((n ?? 0) / 1000).toFixed(1)} s`)} · incremental ${vs(r.buildIncrementalMs, b.buildIncrementalMs, (n) => `${((n ?? 0) / 1000).toFixed(1)} s`)}`);
  }
  if (r.out) console.log(`out/ ${vs(r.out.bytes, b.out?.bytes, kib)} in ${r.out.files} files`);
  if (r.html) {
    console.log('\n## HTML per page type (gzip; payload = React\'s inline copy of the page)');
    console.log('| page | HTML raw | HTML gzip | payload gzip |\n|---|---|---|---|');
    for (const [name, x] of Object.entries(r.html)) {
      const y = b.html?.[name];
      console.log(`| ${name} | ${vs(x.html.raw, y?.html.raw, kib)} | ${vs(x.html.gzip, y?.html.gzip, kib)} | ${vs(x.payload.gzip, y?.payload.gzip, kib)} |`);
    }
  }
  if (r.islands) {
    console.log('\n## Island chunks (loaded only on pages that use them, near the viewport)');
    for (const [name, x] of Object.entries(r.islands)) console.log(`${name}: ${kib(x.raw)} raw / ${vs(x.gzip, b.islands?.[name]?.gzip, kib)} gzip`);
  }
  if (r.firstLoad) {
    console.log('\n## First load (bytes fetched by Chromium; gzip = what a compressing server sends)');
    console.log('| page | HTML gzip | JS gzip | CSS gzip | fonts |\n|---|---|---|---|---|');
    for (const [name, x] of Object.entries(r.firstLoad)) {
      const y = b.firstLoad?.[name];
      console.log(`| ${name} | ${vs(x.html.gzip, y?.html.gzip, kib)} | ${vs(x.js.gzip, y?.js.gzip, kib)} | ${vs(x.css.gzip, y?.css.gzip, kib)} | ${vs(x.font.raw, y?.font.raw, kib)} |`);
    }
  }
  if (r.lighthouseMobile) {
    console.log('\n## Lighthouse mobile (median)');
    console.log('| page | perf | a11y | FCP ms | LCP ms | TBT ms | CLS | scripting ms | style+layout ms | DOM elements |\n|---|---|---|---|---|---|---|---|---|---|');
    for (const [p, s] of Object.entries(r.lighthouseMobile)) {
      const o = b.lighthouseMobile?.[p];
      console.log(`| ${p} | ${vs(s.performance, o?.performance)} | ${vs(s.accessibility, o?.accessibility)} | ${vs(s.fcpMs, o?.fcpMs)} | ${vs(s.lcpMs, o?.lcpMs)} | ${vs(s.tbtMs, o?.tbtMs)} | ${vs(s.cls, o?.cls)} | ${vs(s.scriptingMs, o?.scriptingMs)} | ${vs(s.styleLayoutMs, o?.styleLayoutMs)} | ${vs(s.domElements, o?.domElements)} |`);
    }
  }
  if (r.search) {
    console.log('\n## Search');
    for (const [lang, s] of Object.entries(r.search)) {
      const n = (k: string) => Number(s[k]);
      console.log(
        `${lang} | index ${kib(n('indexGzipBytes'))} gzip | before first result ${kib(n('beforeFirstResultGzipBytes'))} | first page ${kib(n('firstPageGzipBytes'))} | import ${n('importMs')} ms | p50 ${n('queryMsP50')} ms · p95 ${n('queryMsP95')} ms | relevance ${n('relevantTop3')}/${n('queries')}`,
      );
    }
  }
  if (r.pdf) {
    console.log('\n## PDF');
    for (const [lang, p] of Object.entries(r.pdf)) console.log(`${lang} | ${kib(p.bytes)} | ${(p.ms / 1000).toFixed(1)} s`);
    console.log(`total ${((r.pdfTotalMs ?? 0) / 1000).toFixed(1)} s`);
  }
  console.log('\nwritten to bench/results/bench.json');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
