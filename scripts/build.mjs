// `npm run build`: (a) dist/esm (ES modules) + dist/types (.d.ts) for npm, (b) dist/relations-atlas.bundle.js, the
// single drop-in file, and custom-elements.json from the components' JSDoc.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

rmSync('dist', { recursive: true, force: true });
run('npx', ['rollup', '-c', 'rollup.config.mjs']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
cpSync('src/data/generated/validators.d.ts', 'dist/types/data/generated/validators.d.ts');
run('npx', ['custom-elements-manifest', 'analyze', '--litelement', '--globs', 'src/**/*.component.ts', 'src/common/data-view.ts', '--outdir', '.']);
console.log('built dist/esm, dist/types, dist/relations-atlas.bundle.js and custom-elements.json');
