// `npm run bench`: the timeline and map benchmarks in one run, against vis-timeline and plain Leaflet, in headless
// Chromium (--disable-gpu). Prints one table and writes bench/results/latest.json. Numbers, not assertions.
//   npm run bench                 all sizes
//   npm run bench -- --quick      100 and 1,000 only
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { run as runTimeline } from './timeline.mjs';
import { run as runMap } from './map.mjs';
import { run as runAtlas } from './atlas.mjs';

const quick = process.argv.includes('--quick');
const sizes = quick ? [100, 1000] : [100, 1000, 10000, 100000];

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const timeline = await runTimeline({ sizes });
const map = await runMap({ sizes });
const rows = [...timeline, ...map];

const fmt = (value, digits = 1) => (typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '—');
const header = [
  'subject',
  'n',
  'first render ms (median)',
  'frame median ms',
  'frame p95 ms',
  'frames > 50 ms',
  'heap MB',
];
const table = rows.map((row) => [
  row.subject,
  String(row.n),
  fmt(row.firstRenderMs),
  fmt(row.frameMedianMs),
  fmt(row.frameP95Ms),
  row.longFrames === undefined ? '—' : String(row.longFrames),
  fmt(row.heapMB),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\nmachine: ${machine}\n`);
console.log(line(header));
console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const row of table) console.log(line(row));

for (const [ours, baseline] of [
  ['relations-timeline', 'vis-timeline'],
  ['relations-map', 'leaflet-svg'],
]) {
  for (const n of sizes) {
    const a = rows.find((row) => row.subject === ours && row.n === n);
    const b = rows.find((row) => row.subject === baseline && row.n === n);
    if (!a?.firstRenderMs || !b?.firstRenderMs) continue;
    const first = (b.firstRenderMs / a.firstRenderMs).toFixed(1);
    const p95 = (b.frameP95Ms / a.frameP95Ms).toFixed(1);
    const runs = b.firstRenderRunsMs?.length === 1 ? ` (${baseline}: one run)` : '';
    console.log(`${ours} at ${n}: first render ${first}× and frame p95 ${p95}× the speed of ${baseline}${runs}`);
  }
}

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/latest.json', import.meta.url),
  JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2) + '\n',
);
console.log('\nwrote bench/results/latest.json');

// The atlas at scale (its own table): load, a keystroke in the search, a selection, the list, the DOM it holds.
await runAtlas({ sizes: quick ? [1000] : [1000, 10000, 100000] });
