// Mutation testing (`npm run mutate`, not part of `npm test`): StrykerJS mutates the pure modules and runs the vitest
// unit tests (vitest.config.ts, with its esbuild transform) against each mutant. Views, styles, the element
// definitions, generated files and the modules that need Leaflet or the DOM are left out: only the browser tests reach
// them. Reports: the terminal, and reports/mutation/ (html and json).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/data/**/*.ts',
    '!src/data/generated/**',
    'src/timeline/*.ts',
    'src/map/*.ts',
    '!src/{timeline,map}/*.component.ts',
    '!src/{timeline,map}/*.styles.ts',
    '!src/timeline/timeline.ts',
    '!src/map/map.ts',
    // Leaflet or DOM: exercised by the browser tests only.
    '!src/map/{cluster-canvas-layer,basemap,basemap-overlay,leaflet-map-controller,tile-layer,marker-icon}.ts',
  ],
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
