// `npm run build`: (a) dist/esm (ES modules) + dist/types (.d.ts) for npm, (b) dist/relations-atlas.bundle.js, the
// single drop-in file, and custom-elements.json from the components' JSDoc.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

rmSync('dist', { recursive: true, force: true });
run('npx', ['rollup', '-c', 'rollup.config.mjs']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
cpSync('src/data/generated/validators.d.ts', 'dist/types/data/generated/validators.d.ts');
// The sources import Leaflet's ES module file, typed by an ambient declaration in types/ that the package does not
// ship; the declarations name the same API by its package, which @types/leaflet (a dependency) describes.
for (const name of readdirSync('dist/types', { recursive: true }).filter((f) => f.endsWith('.d.ts'))) {
  const path = `dist/types/${name}`;
  const text = readFileSync(path, 'utf8');
  if (text.includes("'leaflet/dist/leaflet-src.esm.js'"))
    writeFileSync(path, text.replaceAll("'leaflet/dist/leaflet-src.esm.js'", "'leaflet'"));
}
run('npx', [
  'custom-elements-manifest',
  'analyze',
  '--litelement',
  '--globs',
  'src/**/*.component.ts',
  'src/common/data-view.ts',
  '--outdir',
  '.',
]);
console.log('built dist/esm, dist/types, dist/relations-atlas.bundle.js and custom-elements.json');
