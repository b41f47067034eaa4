// npm run bench:search — figures for the search feature, per language, against the built out/:
// - bytes before the first result: what a real browser downloads from opening search to the
//   first result on screen (search code + index, gzip), and the index's parts;
// - bytes to show the first page: the same plus the snippet text of the results on screen
//   (one file per chapter), at a 1280×800 viewport;
// - time to parse and load the index (the first time, with the engine's code still cold, and the
//   median of 20), p50/p95 query latency and the relevance suite's top-3 score over the index.
// Writes bench/results/search.json as well. Needs a built site (npm run build).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { loadSearchIndex, type SearchIndexFile } from '../lib/search/engine';
import { langs } from '../lib/i18n/langs';
import { en, zh } from '../tests/unit/search/queries';
import { routes } from '../lib/routes';
import { withStaticSite } from '../lib/build/static-server';

const out = path.join(process.cwd(), 'out');
const gzip = (b: Buffer | string) => zlib.gzipSync(b, { level: 9 }).length;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

type File = { url: string; gz: number };

/** Every result inside the list's visible box shows its snippet. */
const firstPageShown = (page: Page) =>
  page.waitForFunction(() => {
    const list = document.querySelector('[role="listbox"]')?.parentElement;
    if (!list) return false;
    const box = list.getBoundingClientRect();
    const onScreen = [...list.querySelectorAll('[data-snippet]')].filter((s) => {
      const r = s.getBoundingClientRect();
      return r.bottom > box.top && r.top < box.bottom;
    });
    return onScreen.length > 0 && onScreen.every((s) => s.getAttribute('data-snippet') === 'ready');
  });

async function browserBytes(origin: string, lang: string, query: string) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}${routes.home(lang)}`, { waitUntil: 'networkidle' });
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    const bodies: Promise<File>[] = [];
    page.on('response', (r) => {
      if (r.request().method() === 'GET') bodies.push(r.body().then((b) => ({ url: r.url(), gz: gzip(b) }), () => ({ url: r.url(), gz: 0 })));
    });
    const t0 = Date.now();
    await page.keyboard.press('/');
    await page.getByRole('combobox').fill(query);
    await page.getByRole('option').first().waitFor();
    const firstResultMs = Date.now() - t0;
    const before = await Promise.all(bodies);
    await firstPageShown(page);
    const firstPageMs = Date.now() - t0;
    const all = await Promise.all(bodies);
    return { firstResultMs, firstPageMs, before, all };
  } finally {
    await browser.close();
  }
}

const sum = (files: File[]) => files.reduce((n, f) => n + f.gz, 0);
const isCode = (f: File) => f.url.endsWith('.js');
const isIndex = (f: File) => f.url.includes('/search-index.json');
const isText = (f: File) => f.url.includes('/search-text/');

export async function searchBench(): Promise<Record<string, Record<string, number | string>>> {
  // Served in-process on a free port (lib/build/static-server.ts): nothing is left running.
  return withStaticSite(out, async (origin) => {
    const report: Record<string, Record<string, number | string>> = {};
      for (const lang of langs) {
        const raw = fs.readFileSync(path.join(out, lang, 'search-index.json'));
        const t0 = performance.now();
        const data = JSON.parse(raw.toString('utf8')) as SearchIndexFile;
        const engine = loadSearchIndex(data);
        const importMs = performance.now() - t0;
        const textDir = path.join(out, lang, 'search-text');
        const texts = fs.readdirSync(textDir).map((f) => fs.readFileSync(path.join(textDir, f)));
        const cases = ({ zh, en } as const)[lang];
        const latencies: number[] = [];
        const loads: number[] = [];
        for (let round = 0; round < 20; round++) {
          // A fresh engine each round: each query is timed as the first time the engine sees it
          // (the engine remembers the terms it has looked up).
          const l = performance.now();
          const engine = loadSearchIndex(data);
          loads.push(performance.now() - l);
          for (const [q] of cases) {
            const s = performance.now();
            engine.search(q);
            latencies.push(performance.now() - s);
          }
        }
        const relevant = cases.filter(([q, expected]) =>
          engine
            .search(q)
            .slice(0, 3)
            .some((h) => expected.includes(h.record.url.split('#')[1] ?? '')),
        ).length;
        const query = cases[0]![0];
        const { firstResultMs, firstPageMs, before, all } = await browserBytes(origin, lang, query);
        const firstResult = before.filter((f) => isCode(f) || isIndex(f));
        const parts = Object.fromEntries(
          (['sections', 'latin', 'latinPostings', 'han', 'hanPostings'] as const).map((k) => [`index_${k}_GzipBytes`, gzip(JSON.stringify(data[k]))]),
        );
        report[lang] = {
          records: data.sections.length,
          indexRawBytes: raw.length,
          indexGzipBytes: gzip(raw),
          ...parts,
          snippetTextGzipBytesAllChapters: texts.reduce((n, t) => n + gzip(t), 0),
          browserQuery: query,
          beforeFirstResultGzipBytes: sum(firstResult),
          beforeFirstResultCodeGzipBytes: sum(firstResult.filter(isCode)),
          firstPageGzipBytes: sum(all.filter((f) => isCode(f) || isIndex(f) || isText(f))),
          firstPageSnippetFiles: all.filter(isText).length,
          importMs: +importMs.toFixed(1),
          importMsMedian: +pct(loads, 50).toFixed(1),
          firstResultInBrowserMs: firstResultMs,
          firstPageInBrowserMs: firstPageMs,
          queryMsP50: +pct(latencies, 50).toFixed(3),
          queryMsP95: +pct(latencies, 95).toFixed(3),
          queries: cases.length,
          relevantTop3: relevant,
        };
      }
    return report;
  });
}

async function main() {
  if (!fs.existsSync(path.join(out, 'zh', 'search-index.json'))) throw new Error('No built site in out/: run npm run build first.');
  const report = await searchBench();
  console.log('\nSearch benchmark (gzip; browser figures at 1280×800 for the first query of the relevance suite)');
  console.log('lang | index | before first result (code) | first page (snippet files) | import first / median | first result / first page | p50 | p95 | relevance top 3');
  for (const [lang, r] of Object.entries(report)) {
    const n = (k: string) => r[k] as number;
    console.log(
      `${lang}   | ${kib(n('indexGzipBytes'))} | ${kib(n('beforeFirstResultGzipBytes'))} (code ${kib(n('beforeFirstResultCodeGzipBytes'))}) | ${kib(n('firstPageGzipBytes'))} (${n('firstPageSnippetFiles')}) | ${n('importMs')} / ${n('importMsMedian')} ms | ${n('firstResultInBrowserMs')} / ${n('firstPageInBrowserMs')} ms | ${n('queryMsP50')} ms | ${n('queryMsP95')} ms | ${n('relevantTop3')}/${n('queries')}`,
    );
    console.log(
      `     index parts: sections ${kib(n('index_sections_GzipBytes'))}, latin terms ${kib(n('index_latin_GzipBytes'))} + postings ${kib(n('index_latinPostings_GzipBytes'))}, chinese words ${kib(n('index_han_GzipBytes'))} + postings ${kib(n('index_hanPostings_GzipBytes'))}; all snippet text ${kib(n('snippetTextGzipBytesAllChapters'))}`,
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
