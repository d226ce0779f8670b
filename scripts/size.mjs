// `npm run size`: the drop-in bundle's raw and gzip size, checked against the budget (exit 1 when over).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP_KB = 100;
const file = 'dist/relations-atlas.bundle.js';
const bytes = readFileSync(file);
const gzip = gzipSync(bytes, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);
console.log(`${file}: ${kb(bytes.length)} kB raw, ${kb(gzip)} kB gzip (budget ${BUDGET_GZIP_KB} kB gzip)`);
// The basemap is a separate file, fetched only when a map draws the built-in shapes.
for (const name of readdirSync('dist').filter((f) => /^relations-atlas\..+\.js$/.test(f) && !f.endsWith('bundle.js'))) {
  const chunk = readFileSync(`dist/${name}`);
  console.log(`dist/${name}: ${kb(chunk.length)} kB raw, ${kb(gzipSync(chunk, { level: 9 }).length)} kB gzip (on demand)`);
}
if (gzip > BUDGET_GZIP_KB * 1024) {
  console.error(`over budget by ${kb(gzip - BUDGET_GZIP_KB * 1024)} kB gzip`);
  process.exit(1);
}
