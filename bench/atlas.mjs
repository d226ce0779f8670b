// Atlas at scale (issue 15, item 1): <relations-atlas> with N synthetic events, 1100 px wide, one fresh page per
// sample, in headless Chromium with --disable-gpu. Numbers, not assertions.
//   ready        createElement + `data` → relations-ready → the next frame painted (the atlas's chunk is loaded first)
//   settled      … → the first idle period of 40 ms with nothing due (the search text is built in short tasks after
//                the first render); the keystrokes and selections are measured from there
//   longest task the longest main-thread task from `data` set to settled (PerformanceObserver "longtask"); "after
//                load": the longest one during the keystrokes, selections and the list
//   keystroke    one character typed into the search box (the input event) → the atlas and its views updated → the
//                next frame; median of 5 keystrokes ("e", "ev", "eve", … and back)
//   selection    atlas.select({ eventIds: [one event] }) → updated → the next frame; median of 5 events
//   open list    the List tab clicked → the rows drawn → the next frame
//   DOM nodes    every node in the page, shadow roots included, with the list open
//   each figure  the median of the fresh pages (3, 1 at 1,000,000; keystroke and selection also give min–max)
//
//   node bench/atlas.mjs [sizes…] [--runs=N] [--source] [--profile] [--long-tasks[=MS]]
//     sizes      default 1000 10000 100000; 1000000 takes a few minutes and several GB
//     --source   the TypeScript sources through the dev server (no build needed) instead of the built bundle
//     --profile  also a CPU profile (0.1 ms sampling, source-mapped) of the keystrokes and the selections at 1,000
//                and 100,000 (or the sizes named), in a page of its own so the timed pages are not slowed
//     --long-tasks  also a page profiled from load to the list: its tasks of 100 ms (or MS) or more, each with the
//                functions of ours on the stack for most of it
// `npm run bench` runs it on the built bundle at 100,000 and 1,000,000 (see bench/run.mjs, --no-atlas skips it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { heapMB, median, startBench } from './harness.mjs';
import { startServer } from './server.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The targets for the atlas (bench, not tests). */
export const ATLAS_TARGETS = { keystrokeMs: 100, selectionMs: 50, nodes: 20000, longTaskMs: 200 };

const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>body{margin:0;font-family:system-ui,sans-serif} #host{width:1100px}</style></head>
<body><div id="host"></div><script type="module" src="/bench/atlas-page.js"></script></body></html>`;

const pageScript = (source) => `
${source ? "import '/src/atlas/atlas.ts'; const code = Promise.resolve();" : "import { load } from '/dist/relations-atlas.bundle.js'; const code = load('relations-atlas');"}

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
const tasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
}).observe({ type: 'longtask', buffered: true });
const longestSince = (t0) => tasks.filter(([start]) => start >= t0 - 1).reduce((max, [, d]) => Math.max(max, d), 0);

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

let atlas = null;
let n = 0;
function benchAlignMark() {
  for (let i = 0; i < 1000; i++) Math.sqrt(i);
}

async function typeText(text) {
  const input = atlas.shadowRoot.querySelector('input[type=search]');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await atlas.updateComplete;
  await frame();
}

window.benchAtlas = {
  async load(size) {
    n = size;
    await code;
    const data = dataset(n);
    await frame();
    // Start in a task of the page's own, not inside the runner's evaluation, which the long-task observer skips.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const t0 = performance.now();
    atlas = document.createElement('relations-atlas');
    const ready = new Promise((resolve) => atlas.addEventListener('relations-ready', resolve, { once: true }));
    atlas.data = data;
    document.getElementById('host').append(atlas);
    await ready;
    await frame();
    const readyMs = performance.now() - t0;
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Settled: an idle period of 40 ms or more with nothing due in it (the atlas builds its search text in short
    // tasks after it is drawn). The keystrokes and selections are measured from there, as a reader types.
    const limit = performance.now() + 120000;
    while (performance.now() < limit) {
      const free = await new Promise((resolve) => requestIdleCallback((deadline) => resolve(deadline.timeRemaining())));
      if (free >= 40) break;
    }
    return { readyMs, settledMs: performance.now() - t0, loadLongest: longestSince(t0) };
  },
  async keystrokes() {
    const times = [];
    for (const text of ['e', 'ev', 'eve', 'ev', 'e']) {
      const start = performance.now();
      await typeText(text);
      times.push(performance.now() - start);
    }
    await typeText('');
    return times;
  },
  async selections() {
    const times = [];
    for (const i of [1, Math.floor(n / 3), Math.floor(n / 2), n - 2, 7]) {
      const start = performance.now();
      atlas.select({ eventIds: ['e' + i] });
      await atlas.updateComplete;
      await frame();
      times.push(performance.now() - start);
    }
    return times;
  },
  async openList() {
    const start = performance.now();
    atlas.shadowRoot.querySelector('#tab-list').click();
    await atlas.updateComplete;
    await frame();
    return performance.now() - start;
  },
  nodes: () => countNodes(document),
  longestSince,
  longTasks: () => tasks,
  // A mark a CPU profile can find: its first sample is at the time returned, which aligns the profile's clock.
  align() {
    const at = performance.now();
    while (performance.now() - at < 3) benchAlignMark();
    return at;
  },
  now: () => performance.now(),
};
`;

/** The benchmark page's HTML and module script, for other tools (a trace of the same page). */
export const atlasPage = (source = false) => ({ html, script: pageScript(source) });

/** A server and a browser for the atlas pages: the built bundle (bench/server.mjs), or the sources (dev server). */
async function startAtlasBench({ source }) {
  if (source) return startBench();
  if (!existsSync(`${root}dist/relations-atlas.bundle.js`)) {
    console.error('atlas bench: building dist/ (npx rollup -c rollup.config.mjs)');
    const built = spawnSync('npx', ['rollup', '-c', 'rollup.config.mjs'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the build failed');
  }
  const server = await startServer(undefined, new Map([['/bench/atlas-page.html', html]]));
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumArgs, '--js-flags=--expose-gc'],
  });
  return {
    browser,
    async openPage(name, { script, viewport, timeout }) {
      server.memory.set(`/bench/${name}.js`, script);
      const page = await browser.newPage({ viewport });
      page.on('pageerror', (error) => console.error(`[${name}]`, error.message));
      if (timeout) page.setDefaultTimeout(timeout);
      await page.goto(`${server.origin}/bench/${name}.html`);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

const openAtlasPage = (bench, source) =>
  bench.openPage('atlas-page', {
    html,
    script: pageScript(source),
    viewport: { width: 1200, height: 900 },
    timeout: 900000,
  });

/** One fresh page: load, keystrokes, selections, the list, nodes, heap, and the longest task after the load. */
async function samplePage(bench, n, source) {
  const page = await openAtlasPage(bench, source);
  try {
    await page.waitForFunction(() => typeof window.benchAtlas === 'object');
    const loaded = await page.evaluate((count) => window.benchAtlas.load(count), n);
    const after = await page.evaluate(() => window.benchAtlas.now());
    const keystrokes = await page.evaluate(() => window.benchAtlas.keystrokes());
    const selections = await page.evaluate(() => window.benchAtlas.selections());
    const openListMs = await page.evaluate(() => window.benchAtlas.openList());
    const nodes = await page.evaluate(() => window.benchAtlas.nodes());
    const afterLongest = await page.evaluate((t) => window.benchAtlas.longestSince(t), after);
    const heap = await heapMB(page);
    return { ...loaded, afterLongest, keystrokes, selections, openListMs, nodes, heapMB: heap };
  } finally {
    await page.close();
  }
}

/** CPU profiles of the keystrokes and of the selections in one page: top self time, source-mapped. */
async function profilePage(bench, n, source) {
  const page = await openAtlasPage(bench, source);
  const maps = source ? new Map() : loadSourceMaps();
  try {
    await page.waitForFunction(() => typeof window.benchAtlas === 'object');
    await page.evaluate((count) => window.benchAtlas.load(count), n);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const out = {};
    for (const phase of ['keystrokes', 'selections']) {
      await cdp.send('Profiler.start');
      const times = await page.evaluate((fn) => window.benchAtlas[fn](), phase);
      const { profile } = await cdp.send('Profiler.stop');
      out[phase] = {
        times,
        top: selfTimes(profile, maps).slice(0, 15),
        byFile: timeByFile(profile, maps).slice(0, 12),
      };
    }
    await cdp.detach();
    return out;
  } finally {
    await page.close();
  }
}

/** One page profiled from `data` set through the keystrokes, selections and the list: its long tasks, explained. */
async function longTaskPage(bench, n, source, minMs) {
  const page = await openAtlasPage(bench, source);
  const maps = source ? new Map() : loadSourceMaps();
  try {
    await page.waitForFunction(() => typeof window.benchAtlas === 'object');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const alignedAt = await page.evaluate(() => window.benchAtlas.align());
    await page.evaluate((count) => window.benchAtlas.load(count), n);
    for (const phase of ['keystrokes', 'selections', 'openList'])
      await page.evaluate((fn) => window.benchAtlas[fn](), phase);
    const { profile } = await cdp.send('Profiler.stop');
    const tasks = await page.evaluate(() => window.benchAtlas.longTasks());
    await cdp.detach();
    return explainLongTasks(profile, maps, tasks, alignedAt, minMs);
  } finally {
    await page.close();
  }
}

/** `explainLongTasks`' answer as lines: each task's start and length, then the functions of ours in it. */
export function formatLongTasks(long) {
  return long
    .map(
      (task) =>
        `  at ${task.atMs.toFixed(0)} ms: ${task.ms.toFixed(0)} ms\n` +
        task.top.map((f) => `      ${f.ms.toFixed(0).padStart(6)} ms ${f.fn}`).join('\n'),
    )
    .join('\n');
}

/** Inclusive time of each function of ours (source-mapped) over the samples `keep(i, time µs)` accepts, largest first. */
export function inclusiveTimes(p, maps, keep = () => true) {
  const byId = new Map(p.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of p.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = new Map();
  const labelOf = (node) => {
    if (label.has(node.id)) return label.get(node.id);
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    let out = null;
    const consumer = maps.get(url.split('/').pop() ?? '');
    if (consumer) {
      const pos = consumer.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
      if (pos.source && !pos.source.includes('node_modules'))
        out = `${pos.name ?? functionName ?? '(anonymous)'} ${pos.source.replace(/^(\.\.\/)+/, '')}:${pos.line}`;
    } else if (url.includes('/src/'))
      out = `${functionName || '(anonymous)'} ${url.replace(/^https?:\/\/[^/]+\//, '')}:${lineNumber + 1}`;
    if (['(garbage collector)', '(program)'].includes(functionName)) out = functionName;
    label.set(node.id, out);
    return out;
  };
  const inclusive = new Map();
  let time = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    time += p.timeDeltas[i] ?? 0;
    if (!keep(i, time)) continue;
    const us = p.timeDeltas[i + 1] ?? 0;
    const seen = new Set();
    for (let id = p.samples[i]; id !== undefined; id = parent.get(id)) {
      const name = labelOf(byId.get(id));
      if (name && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + us);
      }
    }
  }
  return [...inclusive].sort((a, b) => b[1] - a[1]).map(([fn, us]) => ({ fn, ms: us / 1000 }));
}

/**
 * The long tasks the page saw (PerformanceObserver "longtask": [start, duration] in page ms) of `minMs` or more, each
 * with the functions of ours on the stack for most of it (inclusive time, source-mapped) from a CPU profile whose
 * clock is aligned by the first sample of `benchAlignMark` (taken at page time `alignedAt`).
 */
export function explainLongTasks(p, maps, tasks, alignedAt, minMs = 100) {
  const byId = new Map(p.nodes.map((node) => [node.id, node]));
  let time = p.startTime;
  let offset = null;
  for (let i = 0; i < p.samples.length && offset === null; i++) {
    time += p.timeDeltas[i] ?? 0;
    if (byId.get(p.samples[i]).callFrame.functionName === 'benchAlignMark') offset = time / 1000 - alignedAt;
  }
  if (offset === null) return [];
  return tasks
    .filter(([, duration]) => duration >= minMs)
    .map(([start, duration]) => {
      const from = (start + offset) * 1000;
      const to = from + duration * 1000;
      return {
        atMs: start - alignedAt,
        ms: duration,
        top: inclusiveTimes(p, maps, (_, at) => at >= from && at < to).slice(0, 10),
      };
    });
}

function loadSourceMaps() {
  let SourceMapConsumer;
  try {
    // source-map-js is already in node_modules (a dependency of the build tools): required, not added.
    ({ SourceMapConsumer } = createRequire(import.meta.url)('source-map-js'));
  } catch {
    return new Map();
  }
  const out = new Map();
  for (const file of readdirSync(`${root}dist`)) {
    if (!file.endsWith('.js.map')) continue;
    out.set(file.slice(0, -4), new SourceMapConsumer(JSON.parse(readFileSync(`${root}dist/${file}`, 'utf8'))));
  }
  return out;
}

/** Where each source position comes from: `src/…` (source-mapped), a package, or a native label. */
function sourceOf(callFrame, maps) {
  const { url, lineNumber, columnNumber } = callFrame;
  const consumer = maps.get(url.split('/').pop() ?? '');
  if (consumer) {
    const pos = consumer.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    if (pos.source) return pos.source.replace(/^(\.\.\/)+/, '');
  }
  return url.replace(/^https?:\/\/[^/]+\//, '').replace(/\?.*$/, '');
}

/**
 * Busy time by the innermost file of ours on the stack: Lit's, Leaflet's and the browser's work (a forced layout)
 * counts for the file of ours that asked for it; "(outside our code)" is the frame's style, layout and paint.
 */
export function timeByFile(p, maps) {
  const byId = new Map(p.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of p.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const owner = new Map();
  const ownerOf = (id) => {
    if (owner.has(id)) return owner.get(id);
    const node = byId.get(id);
    const source = sourceOf(node.callFrame, maps);
    const up = parent.get(id);
    const found = source.startsWith('src/') ? source : up !== undefined ? ownerOf(up) : '(outside our code)';
    owner.set(id, found);
    return found;
  };
  const sums = new Map();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const node = byId.get(p.samples[i]);
    if (node.callFrame.functionName === '(idle)') continue;
    const us = p.timeDeltas[i + 1] ?? 0;
    total += us;
    const file = ownerOf(p.samples[i]);
    sums.set(file, (sums.get(file) ?? 0) + us);
  }
  return [...sums]
    .map(([fn, us]) => ({ fn, ms: us / 1000, pct: ((100 * us) / total).toFixed(1) }))
    .sort((a, b) => b.ms - a.ms);
}

/** Self time per function (source-mapped where a map exists), largest first; idle and GC-free program time kept. */
export function selfTimes(p, maps) {
  const dt = new Map();
  for (let i = 0; i < p.samples.length; i++) {
    const delta = p.timeDeltas[i + 1] ?? 0;
    dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + delta);
  }
  const idle = new Set(p.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
  const total = [...dt].reduce((sum, [id, us]) => (idle.has(id) ? sum : sum + us), 0);
  const byName = new Map();
  for (const node of p.nodes) {
    if (idle.has(node.id)) continue;
    const us = dt.get(node.id) ?? 0;
    if (!us) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    let fn = functionName || '(anonymous)';
    const consumer = maps.get(file);
    if (consumer) {
      const pos = consumer.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
      if (pos.source)
        fn = `${pos.name ?? functionName ?? '(anonymous)'} ${pos.source.replace(/^(\.\.\/)+/, '')}:${pos.line}`;
    } else if (url) fn = `${fn} ${url.replace(/^https?:\/\/[^/]+\//, '')}:${lineNumber + 1}`;
    byName.set(fn, (byName.get(fn) ?? 0) + us);
  }
  return [...byName]
    .map(([fn, us]) => ({ fn, ms: us / 1000, pct: ((100 * us) / total).toFixed(1) }))
    .sort((a, b) => b.ms - a.ms);
}

/**
 * Measures the atlas at each size and returns one row per size (medians of the pages). `runs`: pages per size
 * (default 3, 1 at 1,000,000); `profileSizes`: sizes to profile too. Writes bench/results/atlas.json unless `write`
 * is false.
 */
export async function run({
  sizes = [1000, 10000, 100000],
  runs,
  source = false,
  profileSizes = [],
  longTaskSizes = [],
  longTaskMs = 100,
  write = true,
} = {}) {
  const bench = await startAtlasBench({ source });
  const rows = [];
  const profiles = {};
  try {
    for (const n of sizes) {
      const count = runs ?? (n >= 1000000 ? 1 : 3);
      const pages = [];
      for (let i = 0; i < count; i++) {
        try {
          const r = await samplePage(bench, n, source);
          pages.push({ ...r, keystrokeMs: median(r.keystrokes), selectionMs: median(r.selections) });
          console.error(
            `atlas bench: n=${n} #${i + 1}: ready ${r.readyMs.toFixed(0)} ms (longest task ${r.loadLongest.toFixed(0)}),` +
              ` keystroke ${median(r.keystrokes).toFixed(0)} ms, selection ${median(r.selections).toFixed(0)} ms,` +
              ` list ${r.openListMs.toFixed(0)} ms, ${r.nodes} nodes, longest task after load ${r.afterLongest.toFixed(0)} ms`,
          );
        } catch (error) {
          const message = String(error.message ?? error).split('\n')[0];
          console.error(`atlas bench: n=${n} #${i + 1} failed: ${message}`);
          rows.push({ n, failed: message });
        }
      }
      if (pages.length === 0) continue;
      const of = (key) => median(pages.map((r) => r[key]));
      const range = (key) => [Math.min(...pages.map((r) => r[key])), Math.max(...pages.map((r) => r[key]))];
      rows.push({
        n,
        samples: pages.length,
        readyMs: of('readyMs'),
        settledMs: of('settledMs'),
        loadLongest: Math.max(...pages.map((r) => r.loadLongest)),
        afterLongest: Math.max(...pages.map((r) => r.afterLongest)),
        keystrokeMs: of('keystrokeMs'),
        keystrokeRange: range('keystrokeMs'),
        selectionMs: of('selectionMs'),
        selectionRange: range('selectionMs'),
        openListMs: of('openListMs'),
        nodes: of('nodes'),
        heapMB: of('heapMB'),
        pages,
      });
    }
    for (const n of longTaskSizes) {
      const long = await longTaskPage(bench, n, source, longTaskMs);
      console.error(
        `atlas bench: n=${n}: ${long.length} tasks of ${longTaskMs} ms or more (profiled, so slower than unprofiled):\n` +
          formatLongTasks(long),
      );
    }
    for (const n of profileSizes) {
      profiles[n] = await profilePage(bench, n, source);
      for (const [phase, { times, top, byFile }] of Object.entries(profiles[n]))
        console.error(
          `atlas bench: profile of the ${phase} at n=${n} (${times.map((t) => t.toFixed(0)).join(', ')} ms):\n` +
            top.map((t) => `  ${t.ms.toFixed(1)} ms ${t.pct}% ${t.fn}`).join('\n') +
            `\n by file of ours:\n` +
            byFile.map((t) => `  ${t.ms.toFixed(1)} ms ${t.pct}% ${t.fn}`).join('\n'),
        );
    }
  } finally {
    await bench.close();
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`;
  const what = source ? 'the sources (dev server)' : 'the built bundle';
  console.log(
    `\n<relations-atlas> at scale, ${new Date().toISOString().slice(0, 10)}, ${machine}, headless Chromium --disable-gpu, ${what}\n`,
  );
  console.log(atlasTable(rows).join('\n'));
  if (write) {
    mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
    writeFileSync(
      new URL('./results/atlas.json', import.meta.url),
      JSON.stringify({ date: new Date().toISOString(), machine, source, rows, profiles }, null, 2) + '\n',
    );
    console.log('\nwrote bench/results/atlas.json');
  }
  return { rows, profiles };
}

const fmt = (value, digits = 0) =>
  typeof value === 'number' && Number.isFinite(value)
    ? value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : '—';

/** The rows as a Markdown table. */
export function atlasTable(rows) {
  const lines = [
    '| N | samples | ready ms | settled ms | longest task ms (load) | longest task ms (after load) | keystroke ms (min–max) | selection ms (min–max) | open list ms | DOM nodes (list open) | heap MB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    if (r.failed) {
      lines.push(`| ${fmt(r.n)} | failed: ${r.failed.replace(/\|/g, '/')} | | | | | | | | | |`);
      continue;
    }
    lines.push(
      `| ${fmt(r.n)} | ${r.samples} | ${fmt(r.readyMs)} | ${fmt(r.settledMs)} | ${fmt(r.loadLongest)} | ${fmt(r.afterLongest)} | ` +
        `${fmt(r.keystrokeMs)} (${fmt(r.keystrokeRange[0])}–${fmt(r.keystrokeRange[1])}) | ` +
        `${fmt(r.selectionMs)} (${fmt(r.selectionRange[0])}–${fmt(r.selectionRange[1])}) | ${fmt(r.openListMs)} | ` +
        `${fmt(r.nodes)} | ${fmt(r.heapMB, 1)} |`,
    );
  }
  return lines;
}

/** The issue-15 targets against the rows: [target, measured, 'met' | 'not met' | '—']. */
export function atlasTargets(rows) {
  const at = (n) => rows.find((r) => r.n === n && !r.failed);
  const out = [];
  const check = (name, value, limit, shown) =>
    out.push([
      name,
      value === undefined ? 'not measured' : shown,
      value === undefined ? '—' : value <= limit ? 'met' : 'not met',
    ]);
  const r100 = at(100000);
  check(
    `atlas keystroke ≤ ${ATLAS_TARGETS.keystrokeMs} ms at 100,000`,
    r100?.keystrokeMs,
    ATLAS_TARGETS.keystrokeMs,
    `${fmt(r100?.keystrokeMs)} ms`,
  );
  check(
    `atlas selection ≤ ${ATLAS_TARGETS.selectionMs} ms at 100,000`,
    r100?.selectionMs,
    ATLAS_TARGETS.selectionMs,
    `${fmt(r100?.selectionMs)} ms`,
  );
  check(
    `atlas DOM nodes < ${fmt(ATLAS_TARGETS.nodes)} at 100,000`,
    r100 && r100.nodes + 1,
    ATLAS_TARGETS.nodes,
    fmt(r100?.nodes),
  );
  const r1m = at(1000000);
  const longest = r1m && Math.max(r1m.loadLongest, r1m.afterLongest);
  check(
    `atlas at 1,000,000: no main-thread task over ${ATLAS_TARGETS.longTaskMs} ms`,
    longest,
    ATLAS_TARGETS.longTaskMs,
    r1m &&
      `longest ${fmt(r1m.loadLongest)} ms loading (ready ${fmt(r1m.readyMs / 1000, 1)} s), ${fmt(r1m.afterLongest)} ms after`,
  );
  if (!r1m && rows.find((r) => r.n === 1000000)?.failed)
    out.at(-1)[1] = `failed: ${rows.find((r) => r.n === 1000000).failed}`;
  return out;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const argv = process.argv.slice(2);
  const sizes = argv
    .filter((a) => !a.startsWith('--'))
    .map(Number)
    .filter(Boolean);
  const runsArg = argv.find((a) => a.startsWith('--runs='));
  const chosen = sizes.length ? sizes : [1000, 10000, 100000];
  await run({
    sizes: chosen,
    runs: runsArg ? Number(runsArg.split('=')[1]) : undefined,
    source: argv.includes('--source'),
    profileSizes: argv.includes('--profile') ? (sizes.length ? chosen : [1000, 100000]) : [],
    longTaskSizes: argv.some((a) => a === '--long-tasks' || a.startsWith('--long-tasks=')) ? chosen : [],
    longTaskMs: Number(argv.find((a) => a.startsWith('--long-tasks='))?.split('=')[1] ?? 100),
  });
}
