// `npm test`: type check, unit tests (vitest) and browser tests (web-test-runner in Chromium), then one line
// "N passed, N failed" that sums the runners' counts. Exits non-zero when any step fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });

function run(command, args) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', shell: false }).status === 0;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const only = process.argv[2];
let ok = true;
if (!only || only === 'types') ok = run('npx', ['tsc', '--noEmit', '-p', '.']) && ok;
if (!only || only === 'unit') {
  ok = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/vitest.json`]) && ok;
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
console.log(`\nunit: ${vitest ? `${vitest.numPassedTests} passed` : 'not run'}; browser: ${wtr ? `${wtr.passed} passed` : 'not run'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
