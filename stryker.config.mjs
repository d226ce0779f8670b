// Mutation testing (`npm run mutate`, not part of `npm test`): StrykerJS mutates the pure modules and runs the vitest
// unit tests (vitest.config.ts, with its esbuild transform) against each mutant. Views, styles, the element
// definitions, generated files and the modules that need Lit, Leaflet or the DOM are left out: only the browser tests
// reach them. Reports: the terminal, and reports/mutation/ (html and json).
// One directory: `npm run mutate -- --mutate 'src/data/**/*.ts,!src/data/generated/**'`.
import { readdirSync, readFileSync } from 'node:fs';

const VIEW_FILES = /\.(component|styles)\.ts$|^(timeline|map|cluster-canvas-layer|basemap)\.ts$/;
const NEEDS_A_PAGE = /from '(lit|lit\/[^']*|leaflet[^']*)'|\bdocument\.|\bHTML\w*Element\b/;

/** The timeline's and the map's pure modules; the folders are being split into small files, so found, not listed. */
function pureModules(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !VIEW_FILES.test(name))
    .filter((name) => !NEEDS_A_PAGE.test(readFileSync(`${dir}/${name}`, 'utf8')))
    .map((name) => `${dir}/${name}`);
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/data/**/*.ts', '!src/data/generated/**', ...pureModules('src/timeline'), ...pureModules('src/map')],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: false,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false },
  tempDirName: '.stryker-tmp',
  // Stryker rewrites the tsconfig's `extends`/`references` for its sandbox with TypeScript's JS API, which the native
  // TypeScript 7 pinned here does not have. Ours has neither, so point it at no file and the step is skipped.
  tsconfigFile: 'no-tsconfig-to-rewrite.json',
};
