// `npm run size` (after `npm run build`): what a page with each tag downloads from the drop-in bundle, gzip, against
// its budget; exit 1 when one is over. A page loads the loader, the chunk of its tag and every chunk that one imports,
// statically or not (dist/bundle-chunks.json, written by the build), except the basemap (the map fetches it only to
// draw the built-in country shapes, so it has a budget of its own) and the interface catalogues other than English
// (a page fetches at most the one of its language; each has a budget of its own).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const LOADER = 'relations-atlas.bundle.js';
const LANGUAGES = ['de', 'az', 'lt', 'ru', 'ar'];
// The GeoJSON reader (src/data/load-geojson.ts) is fetched only by a page whose data is GeoJSON.
const ON_ITS_OWN = new Set(['basemap', 'load-geojson', ...LANGUAGES]);
// The one-view budgets were 60 and 75 kB (issue 10, met at 56.6 and 74.7 kB); the interface in five languages
// (English built in, the others fetched on use), the problems line, the key and the wheel gate added about 2 kB to
// each, so they are 62 and 78 kB now; the map's label layout (measured text, badges and controls kept clear, legs
// to spread markers) took it to 78.1 kB, so its budget is 79 kB. Issue 15's checks at the edges (language tags,
// channel messages, tile templates, CSV export) and right to left took about 0.7 kB from every page: 63 / 80 / 131 kB.
// Then the map imports only the Leaflet modules it uses (src/map/leaflet.ts): 80.0 -> 71.1 kB for a map, 130.9 -> 122.0
// kB for the atlas, so their budgets are back to issue 10's 75 kB and down to 125 kB. The data layer's care for
// careless input (CSV as spreadsheets write it, keeping the valid parts of a record, reading any `data` value safely)
// is on every page: the timeline page is 63.2 kB, its budget 64 kB (the schema validators are 4.3 kB of it).
// Issue 11 (dates with times, deep time): date-times and long years in the parser (with their reasons for editors),
// date words for times and deep time in the six languages, an axis of hours and of Ga / Ma / BCE years, and a linear
// scale that holds the Big Bang took about 3.1 kB from the timeline page (63.7 -> 66.8 kB) and the atlas (124.3 ->
// 127.5 kB): budgets 67 and 128 kB.
// Issue 11 (GeoJSON in and out, branch geo) then added 1.0 kB to the timeline page and 1.0 kB to the map's
// (places-src and geojson-fields on every view, the loader's GeoJSON hooks; the GeoJSON reader itself, 2.9 kB, is
// fetched only for GeoJSON data and has a budget of its own) and 2.8 kB to the atlas (its Download menu,
// exportGeoJSON() and exportCsv() with the CSV writers): 67.8 / 74.4 / 130.3 kB, budgets 68, 75 and 131 kB.
const BUDGETS = [
  { page: 'only <relations-timeline>', chunk: 'timeline', kb: 68 },
  { page: 'only <relations-map>', chunk: 'map', kb: 75 },
  { page: '<relations-atlas>', chunk: 'atlas', kb: 131 },
  { page: "the basemap (a map's countries)", chunk: 'basemap', kb: 60, alone: true },
  { page: 'the GeoJSON reader (GeoJSON data)', chunk: 'load-geojson', kb: 4, alone: true },
  ...LANGUAGES.map((lang) => ({ page: `the ${lang} interface (a page in ${lang})`, chunk: lang, kb: 4, alone: true })),
];

const { chunks } = JSON.parse(readFileSync('dist/bundle-chunks.json', 'utf8'));
const fileOf = (name) => {
  const file = Object.keys(chunks).find((key) => chunks[key].name === name && chunks[key].isDynamicEntry);
  if (!file) throw new Error(`no chunk "${name}" in dist/bundle-chunks.json: rebuild (npm run build)`);
  return file;
};
const sizes = new Map();
const sizeOf = (file) => {
  if (!sizes.has(file)) {
    const bytes = readFileSync(`dist/${file}`);
    sizes.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return sizes.get(file);
};
/**
 * The files a page with `entry` loads: the loader, the entry and what it imports, transitively, but the chunks counted
 * on their own. The loader's own `import()`s are the other tags', which this page does not load.
 */
function filesLoaded(entry, alone) {
  if (alone) return [entry];
  const seen = new Set([LOADER, entry]);
  for (const file of seen) {
    const { imports, dynamicImports } = chunks[file];
    for (const next of file === LOADER ? imports : [...imports, ...dynamicImports]) {
      if (!ON_ITS_OWN.has(chunks[next].name)) seen.add(next);
    }
  }
  return [...seen];
}

const kb = (n) => (n / 1024).toFixed(1);
const rows = BUDGETS.map(({ page, chunk, kb: budget, alone = false }) => {
  const files = filesLoaded(fileOf(chunk), alone);
  const raw = files.reduce((sum, file) => sum + sizeOf(file).raw, 0);
  const gzip = files.reduce((sum, file) => sum + sizeOf(file).gzip, 0);
  return { page, files, raw, gzip, budget, over: gzip > budget * 1024 };
});

const table = [
  ['page', 'files', 'raw kB', 'gzip kB', 'budget kB gzip', ''],
  ...rows.map((row) => [
    row.page,
    String(row.files.length),
    kb(row.raw),
    kb(row.gzip),
    String(row.budget),
    row.over ? 'OVER' : 'ok',
  ]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
for (const row of table) {
  console.log(
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ')
      .trimEnd(),
  );
}
console.log('\nfiles:');
for (const file of Object.keys(chunks))
  console.log(`  dist/${file}: ${kb(sizeOf(file).raw)} kB raw, ${kb(sizeOf(file).gzip)} kB gzip`);

const over = rows.filter((row) => row.over);
for (const row of over) console.error(`${row.page}: over budget by ${kb(row.gzip - row.budget * 1024)} kB gzip`);
process.exit(over.length > 0 ? 1 : 0);
