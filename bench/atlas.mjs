// Atlas at scale (issue 15, item 1): <relations-atlas> with N synthetic events, 1100 px wide, one fresh page per N,
// in headless Chromium with --disable-gpu. Numbers, not assertions.
//   ready        createElement + `data` → relations-ready → the next frame painted
//   longest task the longest main-thread task while it loads (PerformanceObserver "longtask")
//   each figure  the median of 3 fresh pages (keystroke and selection also give the pages' min–max)
//   keystroke    one character typed into the search box (the input event) → the atlas and its views updated → the
//                next frame; median of 5 keystrokes ("e", "ev", "eve", … and back)
//   selection    atlas.select({ eventIds: [one event] }) → updated → the next frame; median of 5 events
//   open list    the List tab clicked → the rows drawn → the next frame
//   DOM nodes    every node in the page, shadow roots included, with the list open
//   node bench/atlas.mjs [sizes…]   (default 1000 10000 100000; 1000000 takes minutes and several GB)
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { heapMB, median, startBench } from './harness.mjs';

const RUNS = 3;

const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>body{margin:0;font-family:system-ui,sans-serif} #host{width:1100px}</style></head>
<body><div id="host"></div><script type="module" src="/bench/atlas-page.js"></script></body></html>`;

const script = `
import '/src/atlas/atlas.ts';

const CATEGORIES = ['diplomacy', 'visit', 'parliament', 'economy', 'transport', 'culture'];
const WORDS = ['treaty', 'visit', 'summit', 'trade', 'forum', 'embassy', 'festival', 'pipeline', 'minister', 'agreement'];
const pad = (n) => String(n).padStart(2, '0');

function dataset(n) {
  const places = Array.from({ length: 50 }, (_, i) => ({ id: 'p' + i, name: 'Place ' + i, lat: 35 + (i % 10) * 2, lon: 10 + Math.floor(i / 10) * 8 }));
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const year = 1900 + (i % 120);
    events[i] = {
      id: 'e' + i,
      date: year + '-' + pad((i % 12) + 1) + '-' + pad((i % 28) + 1),
      title: WORDS[i % 10] + ' ' + WORDS[(i * 7) % 10] + ' number ' + i,
      category: CATEGORIES[i % 6],
      places: ['p' + (i % 50), 'p' + ((i * 3) % 50)],
    };
  }
  return { meta: { title: 'Bench' }, places, events };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
let longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
}).observe({ type: 'longtask', buffered: true });

function countNodes(root) {
  let count = 0;
  const walk = (node) => {
    count++;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return count;
}

window.benchAtlas = async (n) => {
  const data = dataset(n);
  longest = 0;
  const t0 = performance.now();
  const atlas = document.createElement('relations-atlas');
  const ready = new Promise((resolve) => atlas.addEventListener('relations-ready', resolve, { once: true }));
  atlas.data = data;
  document.getElementById('host').append(atlas);
  await ready;
  await frame();
  const readyMs = performance.now() - t0;
  await new Promise((resolve) => setTimeout(resolve, 100));
  const loadLongest = longest;

  const input = atlas.shadowRoot.querySelector('input[type=search]');
  const keystrokes = [];
  for (const text of ['e', 'ev', 'eve', 'ev', 'e']) {
    const start = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await atlas.updateComplete;
    await frame();
    keystrokes.push(performance.now() - start);
  }
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await atlas.updateComplete;
  await frame();

  const selections = [];
  for (const i of [1, Math.floor(n / 3), Math.floor(n / 2), n - 2, 7]) {
    const start = performance.now();
    atlas.select({ eventIds: ['e' + i] });
    await atlas.updateComplete;
    await frame();
    selections.push(performance.now() - start);
  }

  const listStart = performance.now();
  atlas.shadowRoot.querySelector('#tab-list').click();
  await atlas.updateComplete;
  await frame();
  const openListMs = performance.now() - listStart;
  const nodes = countNodes(document);
  return { readyMs, loadLongest, keystrokes, selections, openListMs, nodes, longestAll: longest };
};
`;

/** Measures the atlas at each size; prints the table and writes bench/results/atlas.json. */
export async function run({ sizes = [1000, 10000, 100000] } = {}) {
  const SIZES = sizes;
  const bench = await startBench();
  const rows = [];
  try {
    for (const n of SIZES) {
      // Three fresh pages per size: a 2-core machine varies a keystroke by ±40% from one page to the next.
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await bench.openPage('atlas-page', {
          html,
          script,
          viewport: { width: 1200, height: 900 },
          timeout: 600000,
        });
        await page.waitForFunction(() => typeof window.benchAtlas === 'function');
        const result = await page.evaluate((count) => window.benchAtlas(count), n);
        const heap = await heapMB(page);
        await page.close();
        runs.push({
          ...result,
          keystrokeMs: median(result.keystrokes),
          selectionMs: median(result.selections),
          heapMB: heap,
        });
      }
      const of = (key) => median(runs.map((r) => r[key]));
      const range = (key) => [Math.min(...runs.map((r) => r[key])), Math.max(...runs.map((r) => r[key]))];
      rows.push({
        n,
        readyMs: of('readyMs'),
        loadLongest: of('loadLongest'),
        keystrokeMs: of('keystrokeMs'),
        keystrokeRange: range('keystrokeMs'),
        selectionMs: of('selectionMs'),
        selectionRange: range('selectionMs'),
        openListMs: of('openListMs'),
        nodes: of('nodes'),
        heapMB: of('heapMB'),
        runs,
      });
      console.error(`atlas bench: n=${n} done`);
    }
  } finally {
    await bench.close();
  }

  const fmt = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
  const header = [
    'n',
    'ready ms',
    'longest task ms (load)',
    'keystroke ms (min–max)',
    'selection ms (min–max)',
    'open list ms',
    'DOM nodes (list open)',
    'heap MB',
  ];
  const table = rows.map((r) => [
    r.n.toLocaleString('en'),
    fmt(r.readyMs),
    fmt(r.loadLongest),
    `${fmt(r.keystrokeMs)} (${fmt(r.keystrokeRange[0])}–${fmt(r.keystrokeRange[1])})`,
    `${fmt(r.selectionMs)} (${fmt(r.selectionRange[0])}–${fmt(r.selectionRange[1])})`,
    fmt(r.openListMs),
    r.nodes.toLocaleString('en'),
    fmt(r.heapMB, 1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`;
  console.log(
    `\n<relations-atlas> at scale, ${new Date().toISOString().slice(0, 10)}, ${machine}, headless Chromium --disable-gpu\n`,
  );
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of table) console.log(line(row));
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(
    new URL('./results/atlas.json', import.meta.url),
    JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2) + '\n',
  );
  console.log('\nwrote bench/results/atlas.json');
  return rows;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  await run(sizes.length ? { sizes } : {});
}
