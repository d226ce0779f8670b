import nodeResolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';
import { bundleChunks } from './scripts/bundle-chunks.mjs';
import { leafletTrustedTypesRollup } from './scripts/leaflet-trusted-types.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { workerChunks } from './scripts/worker-chunks.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

// The package's entry points (package.json "exports"). Unnamed, so that preserveModules writes each beside the modules
// it imports, at its source path: dist/esm/timeline/timeline.js, as dist/types/timeline/timeline.d.ts.
const entries = [
  'src/index.ts',
  'src/data/index.ts',
  'src/bus/index.ts',
  'src/timeline/timeline.ts',
  'src/map/map.ts',
  'src/atlas/atlas.ts',
  'src/story/story.ts',
  // The command line's logic, for bin/relations-atlas.mjs.
  'src/cli/run-cli.ts',
  // The module Worker that checks large files, started by src/data/check-off-thread.ts from beside it.
  'src/data/check-worker.ts',
];

// package.json "sideEffects" names the files of dist/ for the user's bundler; it is not about src/, so the build must
// not read it for this package's own modules (it would drop `import './timeline/timeline.js'`, which defines the tag).
const resolve = (options = {}) =>
  nodeResolve({ extensions: ['.ts', '.js'], ignoreSideEffectsForRoot: true, ...options });

const TERSER = {
  module: true,
  ecma: 2020,
  format: { comments: false },
  compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true },
};

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false });

export default [
  // (a) The npm library: ES modules, one file per source module, dependencies left to the user's bundler.
  {
    input: entries,
    external: isDependency,
    plugins: [resolve(), json(), typescript()],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
      warn(warning);
    },
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  // (b) The drop-in file: a small loader and, beside it, a chunk per tag that it fetches when the tag appears (every
  // dependency and all CSS inside, minified).
  {
    input: 'src/bundle.ts',
    plugins: [
      resolve({ browser: true }),
      leafletTrustedTypesRollup(),
      json(),
      typescript(),
      workerChunks({ plugins: () => [resolve({ browser: true }), json(), typescript(), terser(TERSER)] }),
      minifyTemplates(),
      bundleChunks(),
      // unsafe_arrows / unsafe_methods turn `function` expressions that use no `this` or `arguments` into arrows and
      // methods: safe for lit, leaflet, d3 and our sources, none of which calls `new` on such a function (the browser
      // tests run on this bundle); they keep the map page within its 75 kB budget.
      terser(TERSER),
    ],
    // Each tag's code and the basemap are imported on demand: more files beside the bundle, named after their source.
    output: {
      dir: 'dist',
      entryFileNames: 'relations-atlas.bundle.js',
      chunkFileNames: 'relations-atlas.[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
      warn(warning);
    },
  },
];
