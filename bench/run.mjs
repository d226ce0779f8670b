// `npm run bench`: the elements measured as a page author experiences them, against the strongest plain baselines, in
// one run of headless Chromium (--disable-gpu), on the BUILT bundle (dist/relations-atlas.bundle.js and its chunks).
//
//   first render  document.createElement + `data` (the same in-memory data set for every subject, built in the page
//                 beforehand) → relations-ready (a baseline: its own "drawn") → a double requestAnimationFrame.
//                 Each sample is a fresh browser context and page; subjects are interleaved (ours, baseline, baseline,
//                 ours, …); median and min–max. The subject's code is loaded before the clock starts (ours: the
//                 bundle's `load(tag)`, which fetches the tag's chunk; the basemap chunk it fetches later is timed).
//   heap Δ        JS heap after a forced GC (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage) after the render,
//                 minus the same before it (the data set itself is in both): median of the samples.
//   longest task  the longest main-thread task (PerformanceObserver "longtask") that started during the render: max.
//   interaction   ours only: a timeline and a map on one channel, given the data set; a click on a place marker
//                 (CDP Input.dispatchMouseEvent at its centre) → the painted frame (rAF, then a posted message) in
//                 which the timeline's highlightedEventIds is no longer empty, from the click event's timeStamp.
//   src           ours only: <relations-timeline src> at a served file (checked in a worker above 1 MB); the longest
//                 task while it loads, indexing on the main thread (in slices) and the longest task after, apart.
//   zoom p95      ours only, the timeline at 100,000 and 1,000,000: 40 Ctrl+wheel steps (CDP, one per frame, 20 in and
//                 20 out) at the plot's centre; the 95th percentile of the intervals between animation frames.
//
//   npm run bench                    N = 100 … 100,000 (5 samples, 3 at 100,000) and ours alone at 1,000,000
//   npm run bench -- --quick         N = 100 and 1,000, 3 samples, no 1,000,000
//   npm run bench -- --huge          also the map and the pair at 1,000,000
//   npm run bench -- --profile       also a CPU profile of ours at 1,000 and 100,000 (top self time, source-mapped)
//   npm run bench -- --profile --profile-sizes=1000000   the profile at chosen sizes
//   npm run bench -- --profile --profile-names="relations-timeline src"   the profile of other subjects
//   npm run bench -- --profile --inclusive   also the inclusive time of our functions
//   npm run bench -- --profile --long-tasks[=MS]   with the profile, each task of 100 ms (or MS) or more, explained
//   npm run bench -- --views=timeline --profile-zoom   where the zoom's frames go (self and inclusive, of ours)
//   npm run bench -- --views=pair --profile-click   also where the time of each click goes (inclusive, of ours)
//   npm run bench -- --sizes=1000,10000 --samples=1   chosen sizes and samples (no 1,000,000 unless named)
//   npm run bench -- --views=src     only these groups (timeline, map, pair, src)
//   npm run bench -- --build         rebuild dist/ first (it is built anyway when missing)
//   npm run bench -- --no-atlas      without the atlas's own table (by default <relations-atlas> at 100,000 and
//                                    1,000,000: load, keystroke, selection, list, DOM nodes; see bench/atlas.mjs)
//   npm run bench -- --atlas-sizes=1000,100000   the atlas at chosen sizes (3 pages each, 1 at 1,000,000)
// Writes bench/results/latest.md and latest.json. Numbers, not assertions: nothing here runs in `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { dataset } from './dataset.js';
import { startServer } from './server.mjs';
import {
  atlasTable,
  atlasTargets,
  explainLongTasks,
  formatLongTasks,
  inclusiveTimes,
  run as runAtlas,
  selfTimes,
} from './atlas.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const longTaskMs = args.some((a) => a === '--long-tasks')
  ? 100
  : Number(args.find((a) => a.startsWith('--long-tasks='))?.split('=')[1] ?? 0);

const huge = args.includes('--huge');
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = option('sizes')?.split(',').map(Number) ?? (quick ? [100, 1000] : [100, 1000, 10000, 100000]);
const samplesOption = option('samples') && Number(option('samples'));
const views = new Set(option('views')?.split(',') ?? ['timeline', 'map', 'pair', 'src']);
const samplesAt = (n) => samplesOption || (quick ? 3 : n >= 1000000 ? 1 : n >= 100000 ? 3 : 5);
const log = (...parts) => console.error(...parts);

/** vis-timeline needed ~27 s for 10,000 items in earlier runs and grows faster than linearly: one sample there. */
const VIS_MAX = 10000;
const VIS_SAMPLES_AT_MAX = 1;

const TIMELINE = { width: 960, height: 360 };
const MAP = { width: 960, height: 500 };
const LEAFLET_CSS = '/node_modules/leaflet/dist/leaflet.css';

const OURS_ONLY_ABOVE = { max: 100000, maxWhy: 'ours alone at 1,000,000' };

const subjects = {
  'relations-timeline': { view: 'timeline', ours: true, script: 'ours-timeline.js', box: TIMELINE },
  'canvas timeline': { view: 'timeline', script: 'canvas-timeline.js', box: TIMELINE },
  'vis-timeline': {
    view: 'timeline',
    script: 'vis-timeline.js',
    box: TIMELINE,
    max: VIS_MAX,
    maxWhy: 'it took 27 s at 10,000 in earlier runs',
    samplesAtMax: VIS_SAMPLES_AT_MAX,
    css: ['/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'],
    classic: ['/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'],
  },
  'relations-map': { view: 'map', ours: true, script: 'ours-map.js', box: MAP },
  'Leaflet canvas': { view: 'map', script: 'leaflet-canvas.js', box: MAP, css: [LEAFLET_CSS], ...OURS_ONLY_ABOVE },
  'Leaflet.markercluster': {
    view: 'map',
    script: 'markercluster.js',
    box: MAP,
    ...OURS_ONLY_ABOVE,
    css: [
      LEAFLET_CSS,
      '/node_modules/leaflet.markercluster/dist/MarkerCluster.css',
      '/node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css',
    ],
    classic: [
      '/node_modules/leaflet/dist/leaflet-src.js',
      '/node_modules/leaflet.markercluster/dist/leaflet.markercluster-src.js',
    ],
  },
  pair: { view: 'pair', ours: true, script: 'ours-pair.js', box: TIMELINE, box2: MAP },
  'relations-timeline src': { view: 'src', ours: true, script: 'ours-timeline-src.js', box: TIMELINE },
};

function pageHtml({ script, box, box2, css = [], classic = [] }) {
  const size = (b) => `width:${b.width}px;height:${b.height}px`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
${css.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
<style>body{margin:0;font-family:system-ui,sans-serif}#host{${size(box)}}#host2{${box2 ? size(box2) : 'display:none'}}</style>
</head><body><div id="host"></div><div id="host2"></div>
${classic.map((src) => `<script src="${src}"></script>`).join('\n')}
<script type="module" src="/bench/subjects/${script}"></script></body></html>`;
}

// ---------------------------------------------------------------------------------------------------------- setup

if (args.includes('--build') || !existsSync(`${root}dist/relations-atlas.bundle.js`)) {
  log('bench: building dist/ (npx rollup -c rollup.config.mjs)');
  const built = spawnSync('npx', ['rollup', '-c', 'rollup.config.mjs'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the build failed');
}

const memory = new Map();
for (const [name, subject] of Object.entries(subjects)) memory.set(`/bench/page/${name}.html`, pageHtml(subject));
// The canvas baseline's d3 scale, bundled as plain code would ship it.
const d3 = await build({
  stdin: { contents: "export { scaleUtc } from 'd3-scale';", resolveDir: root, loader: 'js' },
  bundle: true,
  format: 'esm',
  minify: true,
  write: false,
});
memory.set('/bench/d3-scale.js', d3.outputFiles[0].text);

const server = await startServer(undefined, memory);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: [...chromiumArgs, '--js-flags=--expose-gc'],
});
const machine = {
  cpu: os.cpus()[0]?.model?.trim() ?? 'CPU',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  chromium: browser.version(),
  node: process.version,
  load: os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' '),
};

// ------------------------------------------------------------------------------------------------------- measuring

const median = (values) => {
  const s = values.slice().sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (values, q) => {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

async function usedHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

const nextFrame = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));

/** One fresh page: prepare, heap, timed render, heap, longest task, then what `extra` measures in the same page. */
async function sample(name, n, extra) {
  const subject = subjects[name];
  const width = Math.max(subject.box.width, subject.box2?.width ?? 0) + 40;
  const height = subject.box.height + (subject.box2?.height ?? 0) + 40;
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.setDefaultTimeout(n >= 1000000 ? 600000 : 180000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${server.origin}/bench/page/${encodeURIComponent(name)}.html`);
    await page.waitForFunction(() => window.bench !== undefined);
    const cdp = await context.newCDPSession(page);
    await page.evaluate((size) => window.bench.prepare(size), n);
    const before = await usedHeap(cdp);
    const result = await page.evaluate(() => window.bench.render());
    const after = await usedHeap(cdp);
    const longestMs = await page.evaluate(([t0, t1]) => window.bench.longestTask(t0, t1), [result.t0, result.t1]);
    await page.evaluate((times) => (window.__times = times), { t0: result.t0, t1: result.t1 });
    // BENCH_SHOTS=dir: a picture of what each subject drew (first sample per size), to look at.
    const shot = process.env.BENCH_SHOTS && `${process.env.BENCH_SHOTS}/${name.replace(/\W+/g, '-')}-${n}.png`;
    if (shot && !existsSync(shot)) await page.screenshot({ path: shot });
    const more = extra ? await extra(page, cdp) : {};
    if (errors.length) more.pageErrors = errors.slice(0, 3);
    return { ms: result.ms, heapMB: (after - before) / 2 ** 20, longestMs, marks: result.marks, ...more };
  } finally {
    await context.close();
  }
}

async function wheelZoom(page, cdp) {
  const { x, y } = await page.evaluate(() => window.bench.plotCentre());
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
  await nextFrame(page);
  const marksBefore = await page.evaluate(() => window.__el.shadowRoot.querySelectorAll('[data-event-id]').length);
  await page.evaluate(() => window.bench.startFrames());
  const profiling = args.includes('--profile-zoom');
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  for (let i = 0; i < 40; i++) {
    // Ctrl: an embedded view takes the wheel once engaged or with Ctrl held (the wheel gate).
    await cdp.send('Input.dispatchMouseEvent', {
      type: 'mouseWheel',
      x,
      y,
      deltaX: 0,
      deltaY: i < 20 ? -100 : 100,
      modifiers: 2,
    });
    await nextFrame(page);
  }
  const { intervals, marks } = await page.evaluate(() => window.bench.stopFrames());
  if (profiling) {
    const { profile: p } = await cdp.send('Profiler.stop');
    const maps = (clickMaps ??= loadSourceMaps());
    const show = (list) => list.map((t) => `  ${t.ms.toFixed(1)} ms ${t.fn}`).join('\n');
    log(`bench: profile of the zoom, self:\n${show(selfTimes(p, maps).slice(0, 20))}`);
    log(`bench: profile of the zoom, inclusive:\n${show(inclusiveTimes(p, maps).slice(0, 25))}`);
  }
  return {
    zoomP95Ms: quantile(intervals, 0.95),
    zoomMaxMs: Math.max(...intervals),
    zoomFrames: intervals.length,
    zoomMarks: [marksBefore, marks],
  };
}

/** The `src` subject: how the load splits between the worker's part and the main thread's (see ours-timeline-src.js). */
async function srcPhases(page) {
  const { t0, t1 } = await page.evaluate(() => window.__times);
  return page.evaluate(([a, b]) => window.bench.phases(a, b), [t0, t1]);
}

let clickMaps;
async function interaction(page, cdp) {
  const target = await page.evaluate(() => window.bench.target());
  if (!target) return { clickMs: null, clickNote: 'no place marker drawn on its own' };
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: target.x, y: target.y });
  await nextFrame(page);
  await nextFrame(page);
  await page.evaluate(() => window.bench.armClick());
  const profiling = args.includes('--profile-click');
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const button = { x: target.x, y: target.y, button: 'left', buttons: 1, clickCount: 1 };
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...button });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...button, buttons: 0 });
  const clicked = await page.evaluate(() => window.bench.clicked());
  if (profiling) {
    const { profile: p } = await cdp.send('Profiler.stop');
    const top = inclusiveTimes(p, (clickMaps ??= loadSourceMaps())).slice(0, 25);
    log(
      `bench: profile of the click (${clicked?.ms?.toFixed(1)} ms), inclusive:\n${top.map((t) => `  ${t.ms.toFixed(1)} ms ${t.fn}`).join('\n')}`,
    );
  }
  const shot = process.env.BENCH_SHOTS && `${process.env.BENCH_SHOTS}/pair-clicked-${target.id}.png`;
  if (shot) await page.screenshot({ path: shot });
  if (clicked?.before) return { clickMs: null, clickNote: 'the timeline was highlighted before the click (hover?)' };
  return clicked ? { clickMs: clicked.ms, clickHighlighted: clicked.highlighted } : { clickMs: null };
}

const rows = [];
const get = (view, subject, n) => rows.find((r) => r.view === view && r.subject === subject && r.n === n);
const profiles = {};
const row = (view, subject, n) => {
  let r = rows.find((x) => x.view === view && x.subject === subject && x.n === n);
  if (!r) rows.push((r = { view, subject, n, samples: [] }));
  return r;
};

async function measureGroup(view, names, n) {
  const runnable = names.filter((name) => {
    const max = subjects[name].max;
    if (max !== undefined && n > max) {
      const took = get(view, name, max)?.samples[0]?.ms;
      const why = took ? `it took ${(took / 1000).toFixed(0)} s at ${max.toLocaleString('en')}` : subjects[name].maxWhy;
      row(view, name, n).skipped = `not run above ${max.toLocaleString('en')} (${why})`;
      return false;
    }
    return true;
  });
  const count = (name) =>
    subjects[name].samplesAtMax && subjects[name].max === n
      ? Math.min(subjects[name].samplesAtMax, samplesAt(n))
      : samplesAt(n);
  const rounds = Math.max(...runnable.map(count));
  for (let s = 0; s < rounds; s++) {
    for (const name of runnable) {
      if (s >= count(name)) continue;
      const last = s === count(name) - 1;
      const extra =
        name === 'pair'
          ? interaction
          : name === 'relations-timeline src'
            ? srcPhases
            : name === 'relations-timeline' && n >= 100000 && last
              ? wheelZoom
              : undefined;
      try {
        const result = await sample(name, n, extra);
        row(view, name, n).samples.push(result);
        log(
          `bench: ${name} n=${n} #${s + 1}: ${result.ms.toFixed(0)} ms, heap Δ ${result.heapMB.toFixed(1)} MB,` +
            ` longest task ${result.longestMs.toFixed(0)} ms` +
            (result.clickMs !== undefined ? `, click → highlight ${result.clickMs?.toFixed(1) ?? '—'} ms` : '') +
            (result.zoomP95Ms !== undefined ? `, zoom p95 ${result.zoomP95Ms.toFixed(1)} ms` : '') +
            (result.loadingLongestMs !== undefined
              ? `, ${result.inWorker ? 'worker' : 'main thread'}: longest task while loading ` +
                `${result.loadingLongestMs.toFixed(0)} ms, indexing ${result.indexMs?.toFixed(0) ?? '—'} ms, ` +
                `longest after ${result.afterLongestMs?.toFixed(0) ?? '—'} ms`
              : '') +
            (result.pageErrors ? `, page errors: ${result.pageErrors.join('; ')}` : ''),
        );
      } catch (error) {
        const message = String(error.message ?? error).split('\n')[0];
        row(view, name, n).failed = message;
        log(`bench: ${name} n=${n} #${s + 1} failed: ${message}`);
      }
    }
  }
}

const started = Date.now();
try {
  for (const n of [...sizes, ...(quick || option('sizes') ? [] : [1000000])]) {
    if (views.has('timeline'))
      await measureGroup('timeline', ['relations-timeline', 'canvas timeline', 'vis-timeline'], n);
    // At 1,000,000 the map and the pair only with --huge (minutes and several GB).
    if (n >= 1000000 && !huge) continue;
    if (views.has('map')) await measureGroup('map', ['relations-map', 'Leaflet canvas', 'Leaflet.markercluster'], n);
    if (views.has('pair')) await measureGroup('pair', ['pair'], n);
    if (!views.has('src')) continue;
    // A `src` (fetched, then checked in a worker above 1 MB): the data file served from memory while it is measured.
    memory.set(`/bench/data/${n}.json`, JSON.stringify(dataset(n)));
    await measureGroup('src', ['relations-timeline src'], n);
    memory.delete(`/bench/data/${n}.json`);
  }
  if (args.includes('--profile')) await profile();
} finally {
  await browser.close();
  await server.close();
}
const atlas = await measureAtlas();

// ------------------------------------------------------------------------------------------------------- profiling

async function profile() {
  const maps = loadSourceMaps();
  const profileSizes = option('profile-sizes')?.split(',').map(Number) ?? [1000, 100000];
  const profileNames = option('profile-names')?.split(',') ?? ['relations-timeline', 'relations-map'];
  for (const name of profileNames) {
    for (const n of profileSizes) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 600 } });
      const page = await context.newPage();
      page.setDefaultTimeout(n >= 1000000 ? 600000 : 180000);
      try {
        await page.goto(`${server.origin}/bench/page/${encodeURIComponent(name)}.html`);
        await page.waitForFunction(() => window.bench !== undefined);
        await page.evaluate((size) => window.bench.prepare(size), n);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
        const alignedAt = await page.evaluate(() => window.bench.align());
        await page.evaluate(() => window.bench.render());
        const { profile: p } = await cdp.send('Profiler.stop');
        if (longTaskMs) {
          const long = explainLongTasks(
            p,
            maps,
            await page.evaluate(() => window.bench.longTasks()),
            alignedAt,
            longTaskMs,
          );
          log(`bench: ${name} n=${n}: tasks of ${longTaskMs} ms or more (profiled):\n` + formatLongTasks(long));
        }
        const top = selfTimes(p, maps).slice(0, Number(option('profile-top') ?? 12));
        (profiles[name] ??= {})[n] = top;
        log(
          `bench: profile ${name} n=${n}:\n${top.map((t) => `  ${t.ms.toFixed(1)} ms ${t.pct}% ${t.fn}`).join('\n')}`,
        );
        if (args.includes('--inclusive')) {
          const inclusive = inclusiveTimes(p, maps).slice(0, Number(option('profile-top') ?? 12));
          log(`  inclusive:\n${inclusive.map((t) => `  ${t.ms.toFixed(1)} ms ${t.fn}`).join('\n')}`);
        }
      } finally {
        await context.close();
      }
    }
  }
}

function loadSourceMaps() {
  let SourceMapConsumer;
  try {
    ({ SourceMapConsumer } = requireTool('source-map-js'));
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

function requireTool(name) {
  // source-map-js is a CommonJS package already in node_modules (a dependency of the build tools): required, not added.
  return createRequire(import.meta.url)(name);
}

// ---------------------------------------------------------------------------------------------------------- report

for (const r of rows) {
  const ok = r.samples;
  if (ok.length === 0) continue;
  const ms = ok.map((s) => s.ms);
  r.medianMs = median(ms);
  r.minMs = Math.min(...ms);
  r.maxMs = Math.max(...ms);
  r.heapMB = median(ok.map((s) => s.heapMB));
  r.longestMs = Math.max(...ok.map((s) => s.longestMs));
  r.marks = ok.at(-1).marks;
  const clicks = ok.map((s) => s.clickMs).filter((v) => typeof v === 'number');
  if (r.subject === 'pair') r.clickMs = clicks.length ? median(clicks) : null;
  if (r.view === 'src') {
    r.inWorker = ok.every((s) => s.inWorker);
    r.loadingLongestMs = Math.max(...ok.map((s) => s.loadingLongestMs));
    r.indexMs = median(ok.map((s) => s.indexMs ?? NaN).filter(Number.isFinite));
    r.afterLongestMs = Math.max(...ok.map((s) => s.afterLongestMs ?? 0));
  }
  const zoom = ok.find((s) => s.zoomP95Ms !== undefined);
  if (zoom) Object.assign(r, { zoomP95Ms: zoom.zoomP95Ms, zoomMaxMs: zoom.zoomMaxMs, zoomMarks: zoom.zoomMarks });
}

const ratio = (view, ours, baseline, n) => {
  const a = get(view, ours, n)?.medianMs;
  const b = get(view, baseline, n)?.medianMs;
  return a && b ? a / b : undefined;
};
const f = (v, d = 0) =>
  typeof v === 'number' && Number.isFinite(v)
    ? v.toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d })
    : '—';
const N = (n) => n.toLocaleString('en');

const lines = [];
const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
lines.push(
  `**${date}**, ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, Chromium ${machine.chromium} headless ` +
    `--disable-gpu, Node ${machine.node}; load average at the start ${machine.load}` +
    `${quick ? '; --quick' : ''}. Built bundle. Medians of fresh pages (min–max); ratio = ours / baseline ` +
    `(under 1 is faster than the baseline).`,
  '',
);
lines.push(
  '| N | subject | first render ms, median (min–max) | samples | ours / this | heap Δ MB | longest task ms | click → other view ms | zoom p95 ms |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
const ordered = [...rows].sort(
  (a, b) =>
    ['timeline', 'map', 'pair'].indexOf(a.view) - ['timeline', 'map', 'pair'].indexOf(b.view) ||
    a.n - b.n ||
    Object.keys(subjects).indexOf(a.subject) - Object.keys(subjects).indexOf(b.subject),
);
for (const r of ordered) {
  if (r.view === 'pair' || r.view === 'src') continue;
  const oursName = r.view === 'timeline' ? 'relations-timeline' : 'relations-map';
  const ours = r.subject === oursName;
  const pair = get('pair', 'pair', r.n);
  const first =
    r.medianMs !== undefined
      ? `${f(r.medianMs, r.medianMs < 100 ? 1 : 0)} (${f(r.minMs, r.minMs < 100 ? 1 : 0)}–${f(r.maxMs, r.maxMs < 100 ? 1 : 0)})`
      : (r.skipped ?? `failed: ${r.failed ?? '?'}`);
  const x = ratio(r.view, oursName, r.subject, r.n);
  const times = (v) => `${f(v, v < 0.1 ? 3 : 2)}×`;
  lines.push(
    `| ${N(r.n)} | ${ours ? `**${r.subject}**` : r.subject} | ${first} | ${r.samples.length} | ${ours ? '' : x ? times(x) : '—'} | ` +
      `${f(r.heapMB, 1)} | ${f(r.longestMs)} | ${ours && r.view === 'map' && pair ? f(pair.clickMs, 1) : '—'} | ` +
      `${ours && r.zoomP95Ms !== undefined ? f(r.zoomP95Ms, 1) : '—'} |`,
  );
}
lines.push(
  '',
  '"click → other view": a click on a place in the map → the timeline on the same channel painted with that ' +
    "place's events highlighted (median of the pair pages; no baseline has the equivalent). Heap Δ is the main " +
    "thread's JS heap. The map baselines draw no basemap; ours draws its bundled one (its chunk is fetched after " +
    '`data` is set, inside the timing). Zoom p95: intervals between animation frames during 40 Ctrl+wheel steps, so ' +
    'one vsync (16.7 ms, ±5% jitter) is the floor.',
  '',
);

const srcRows = ordered.filter((r) => r.view === 'src' && r.medianMs !== undefined);
if (srcRows.length) {
  lines.push(
    '`<relations-timeline src>`: fetch, parse and check (in a worker above 1 MB), first render; the longest ' +
      'main-thread task while the data loaded (until its checked records are all on the page), then the ones after ' +
      '(indexing on the main thread, in slices: wall time from the last record to the index; and the first render, counted apart).',
    '',
    '| N | first render ms, median (min–max) | samples | checked in | longest task while loading ms | indexing ms (wall, in slices) | longest task after ms |',
    '| ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  );
  for (const r of srcRows)
    lines.push(
      `| ${N(r.n)} | ${f(r.medianMs)} (${f(r.minMs)}–${f(r.maxMs)}) | ${r.samples.length} | ` +
        `${r.inWorker ? 'a worker' : 'the main thread'} | ${f(r.loadingLongestMs)} | ${f(r.indexMs)} | ` +
        `${r.inWorker ? f(r.afterLongestMs) : '—'} |`,
    );
  lines.push('');
}

const targets = [];
const target = (name, value, met, shown) =>
  targets.push({ name, value: shown ?? value, met: value === undefined || value === null ? undefined : met });
for (const [n, limit] of [
  [1000, 2],
  [10000, 2],
  [100000, 1.5],
]) {
  const x = ratio('timeline', 'relations-timeline', 'canvas timeline', n);
  target(`timeline ≤ ${limit}× canvas at ${N(n)}`, x, x <= limit, x && `${f(x, 2)}×`);
}
for (const [n, limit] of [
  [1000, 1],
  [10000, 0.5],
  [100000, 0.5],
]) {
  const x = ratio('map', 'relations-map', 'Leaflet canvas', n);
  target(`map ≤ ${limit}× Leaflet canvas at ${N(n)}`, x, x <= limit, x && `${f(x, 2)}×`);
}
for (const view of ['timeline', 'map']) {
  const h = get(view, `relations-${view}`, 100000)?.heapMB;
  target(`${view} heap Δ at 100,000 ≤ 30 MB`, h, h <= 30, h !== undefined && `${f(h, 1)} MB`);
}
const big = get('timeline', 'relations-timeline', 1000000);
target(
  'timeline: 1,000,000 load with no task over 200 ms',
  big?.longestMs,
  big?.longestMs <= 200,
  big?.longestMs !== undefined && `longest ${f(big.longestMs)} ms (load ${f(big.medianMs / 1000, 1)} s)`,
);
// rAF intervals jitter around the 60 Hz vsync (16.5–16.9 ms with no frame missed): one vsync plus 5% counts as met.
const VSYNC_MS = 16.7 * 1.05;
for (const n of [100000, 1000000]) {
  const z = get('timeline', 'relations-timeline', n)?.zoomP95Ms;
  target(`timeline zoom p95 ≤ 16.7 ms at ${N(n)}`, z, z <= VSYNC_MS, z !== undefined && `${f(z, 1)} ms`);
}
const click = get('pair', 'pair', 100000)?.clickMs;
target(
  'cross-highlight within one frame (16.7 ms) at 100,000',
  click,
  click <= VSYNC_MS,
  click != null && `${f(click, 1)} ms`,
);

lines.push('| target (issue 14) | measured | met? |', '| --- | ---: | --- |');
for (const t of targets)
  lines.push(`| ${t.name} | ${t.value || 'not measured'} | ${t.met === undefined ? '—' : t.met ? 'met' : 'not met'} |`);

lines.push(...atlasLines(atlas));

const markdown = lines.join('\n') + '\n';
console.log(`\n${markdown}`);
if (Object.keys(profiles).length) {
  console.log(
    'CPU profile of the first render (sampled every 0.1 ms; built bundle, source-mapped), top self time, % of busy time:',
  );
  for (const [name, byN] of Object.entries(profiles))
    for (const [n, top] of Object.entries(byN))
      console.log(
        `\n${name} at ${N(Number(n))}:\n${top.map((t) => `- ${f(t.ms, 1)} ms (${t.pct}%) ${t.fn}`).join('\n')}`,
      );
}
mkdirSync(`${root}bench/results`, { recursive: true });
writeFileSync(`${root}bench/results/latest.md`, markdown);
writeFileSync(
  `${root}bench/results/latest.json`,
  JSON.stringify(
    { date, machine, quick, seconds: (Date.now() - started) / 1000, rows, targets, profiles, atlas },
    null,
    2,
  ) + '\n',
);
log(`bench: wrote bench/results/latest.md and latest.json (${((Date.now() - started) / 1000).toFixed(0)} s)`);

// ---------------------------------------------------------------------------------------------------------- atlas

/**
 * <relations-atlas> at scale (issue 15, item 1), on the built bundle, in a browser of its own after the rest: at
 * 100,000 (3 pages) and 1,000,000 (1 page) unless --no-atlas, --quick or chosen --sizes say otherwise.
 */
async function measureAtlas() {
  if (args.includes('--no-atlas')) return null;
  const chosen = option('atlas-sizes')?.split(',').map(Number);
  const atlasSizes = chosen ?? (quick ? [1000] : option('sizes') ? sizes : [100000, 1000000]);
  log(`bench: the atlas at ${atlasSizes.map((n) => n.toLocaleString('en')).join(', ')}`);
  const { rows: atlasRows, profiles: atlasProfiles } = await runAtlas({
    sizes: atlasSizes,
    runs: samplesOption || undefined,
    profileSizes: args.includes('--profile') ? atlasSizes.filter((n) => n <= 100000) : [],
    write: false,
  });
  return { rows: atlasRows, targets: atlasTargets(atlasRows), profiles: atlasProfiles };
}

function atlasLines(result) {
  if (!result) return [];
  return [
    '',
    '**The atlas at scale** (`<relations-atlas>`, 1100 px wide, N events at 50 places; bench/atlas.mjs): ready = ' +
      '`data` set → relations-ready → painted; settled = … → the first idle 40 ms (the search text is built in short ' +
      'tasks after the first render); keystroke = one character in the search box → painted (median of 5); ' +
      'selection = `select()` of one event → painted (median of 5); DOM nodes with the list open; longest task ' +
      '"after load" covers the keystrokes, selections and the list. Medians of the pages (1 at 1,000,000).',
    '',
    ...atlasTable(result.rows),
    '',
    '| target (issue 15, item 1) | measured | met? |',
    '| --- | ---: | --- |',
    ...result.targets.map(([name, value, met]) => `| ${name} | ${value} | ${met} |`),
  ];
}
