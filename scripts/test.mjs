// `npm test`: type check, unit tests (vitest) and browser tests (web-test-runner in Chromium), then one line
// "N passed, N failed" that sums the runners' counts. Exits non-zero when any step fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });

function run(command, args) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', shell: false }).status === 0;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** The embed-page test loads the drop-in bundle: build it when it is missing or older than the sources. */
function bundleIsStale() {
  const bundle = 'dist/relations-atlas.bundle.js';
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
      const path = join(dir, entry.name);
      return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }, 0);
  return newest('src') > built;
}

const only = process.argv[2];
if ((!only || only === 'browser') && bundleIsStale()) {
  if (!run('npx', ['rollup', '-c', 'rollup.config.mjs'])) process.exit(1);
}
let ok = true;
if (!only || only === 'types') ok = run('npx', ['tsc', '--noEmit', '-p', '.']) && ok;
if (!only || only === 'unit') {
  ok =
    run('npx', [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${results}/vitest.json`,
    ]) && ok;
}
if (!only || only === 'browser') ok = run('npx', ['wtr']) && ok;

const vitest = readJson(`${results}/vitest.json`);
const wtr = readJson(`${results}/wtr.json`);
let passed = 0;
let failed = 0;
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}
if (wtr) {
  passed += wtr.passed;
  failed += wtr.failed;
}
if (!ok && failed === 0) failed = 1; // a step failed without a failing test (type errors, a crashed runner)
console.log(
  `\nunit: ${vitest ? `${vitest.numPassedTests} passed` : 'not run'}; browser: ${wtr ? `${wtr.passed} passed` : 'not run'}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
