import nodeResolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

const entries = {
  index: 'src/index.ts',
  data: 'src/data/index.ts',
  bus: 'src/bus/index.ts',
  timeline: 'src/timeline/timeline.ts',
  map: 'src/map/map.ts',
  atlas: 'src/atlas/atlas.ts',
};

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false });

export default [
  // (a) The npm library: ES modules, one file per source module, dependencies left to the user's bundler.
  {
    input: entries,
    external: isDependency,
    plugins: [nodeResolve({ extensions: ['.ts', '.js'] }), json(), typescript()],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  // (b) The drop-in file: every dependency and all CSS inside, minified.
  {
    input: 'src/bundle.ts',
    plugins: [
      nodeResolve({ extensions: ['.ts', '.js'], browser: true }),
      json(),
      typescript(),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
    ],
    output: { file: 'dist/relations-atlas.bundle.js', format: 'es', sourcemap: true },
  },
];
