// `npm test`: lint and typecheck, builds the site, runs Vitest (pure logic) and Playwright (the
// exported site in Chromium), then prints one closing line "N passed, N failed" with the real totals, which is
// what CI reads. Exits non-zero if anything failed, including the build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const results = 'test-results';
fs.mkdirSync(results, { recursive: true });

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
let exit = 0;

// Lint and types first: each counts as one test.
for (const script of ['lint', 'typecheck']) {
  if (run('npm', ['run', script]) === 0) passed += 1;
  else {
    failed += 1;
    exit = 1;
  }
}

if (process.env.SKIP_BUILD !== '1') {
  // The site, the same site under a sub-path (base-path test), and the PDFs (pdf test).
  if (run('npm', ['run', 'build']) !== 0 || run('node', ['scripts/build-base-path.mjs']) !== 0 || run('npm', ['run', 'pdf']) !== 0) {
    console.error('\nThe build failed; no tests were run.');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

for (const f of ['unit.json', 'e2e.json']) fs.rmSync(`${results}/${f}`, { force: true });

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/unit.json`]);
const unit = readJson(`${results}/unit.json`);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.numTotalTestSuites > 0 && unit.numFailedTestSuites > 0 && unit.numFailedTests === 0 ? 1 : 0);
} else failed += 1;
if (unitStatus !== 0) exit = 1;

const e2eStatus = run('npx', ['playwright', 'test']);
const e2e = readJson(`${results}/e2e.json`);
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected + (e2e.errors?.length ?? 0);
} else failed += 1;
if (e2eStatus !== 0) exit = 1;

// Dependency gate: no high or critical advisory in what the site ships (--omit=dev). The audit
// endpoint is part of the npm registry; if it cannot be reached the gate says so and counts nothing.
const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(audit.stdout);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (counts) {
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  console.log(`npm audit --omit=dev: ${serious} high or critical (${JSON.stringify(counts)})`);
  if (serious > 0) {
    failed += 1;
    exit = 1;
  } else passed += 1;
} else {
  const why = (report?.message ?? report?.error?.summary ?? audit.stderr ?? '').trim().split('\n')[0] || `exit code ${audit.status}`;
  console.log(`npm audit --omit=dev: not checked, the advisory endpoint did not answer (${why})`);
}

if (exit !== 0 && failed === 0) failed = 1; // a runner crashed without reporting a failed test
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(exit);
