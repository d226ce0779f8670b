// Timeline benchmark: <relations-timeline> against vis-timeline (its standalone UMD build and CSS), same page size
// (960 × 360), same synthetic events (deterministic seed; over 35 years in 6 lanes; half day points, a quarter month
// precision, a quarter ranges of a few days to a few months), same run, in headless Chromium with --disable-gpu.
//   first render   median of 5 fresh pages (3 at 100,000; vis-timeline once from 10,000): raw data set handed over (ours: the `data` property, so validation is included; vis: a DataSet
//                  and `new Timeline`) → drawn (relations-ready / vis "changed") → the next frame painted
//   frame          60 window steps (40 zooming in from the whole span to about a month, 20 panning), after 5
//                  unmeasured warm-up steps, all through each library's own API (ours: zoomTo → the d3-zoom
//                  transform → the next animation frame; vis: setWindow without animation, which redraws in the next
//                  animation frame). A step's time is its synchronous part plus the next frame's work from the start
//                  of its animation callbacks up to a forced style + layout (paint is not in it);
//                  median and p95. "frames > 50 ms" counts rAF intervals over 50 ms during the steps (includes paint).
//   heap           JS heap after the first render and a forced GC (CDP Runtime.getHeapUsage)
//   node bench/timeline.mjs [--quick]      (env BENCH_ONLY=relations-timeline|vis-timeline runs one subject;
//                                          BENCH_DEBUG=1 adds each step's time to the JSON rows)
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firstRenderRuns, measure, startBench } from './harness.mjs';
const WIDTH = 960;
const HEIGHT = 360;
/** vis-timeline runs at 100,000 only if it drew 10,000 within this many ms (it grows worse than linearly). */
const VIS_100K_IF_10K_UNDER_MS = 4000;
const VIS_TIMEOUT_MS = 90000;

const pageHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css">
<style>body{margin:0;font-family:system-ui,sans-serif} #host{width:${WIDTH}px;height:${HEIGHT}px}</style></head>
<body><div id="host"></div>
<script src="/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>
<script type="module" src="/bench/timeline-page.js"></script></body></html>`;

// Runs in the page (served from memory through a route, so no file is written into the project).
const pageScript = `
import '/src/timeline/timeline.ts';

const CATEGORIES = ['diplomacy', 'visit', 'parliament', 'economy', 'transport', 'culture'];
const START_YEAR = 1988;
const YEARS = 35;
const DAY = 86400000;

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
const iso = (time) => { const d = new Date(time); return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()); };

/** The same events for both subjects: EDTF for ours, Dates for vis. */
function events(n, seed = 7) {
  const rnd = random(seed);
  const out = new Array(n);
  const span = Date.UTC(START_YEAR + YEARS, 0, 1) - Date.UTC(START_YEAR, 0, 1);
  for (let i = 0; i < n; i++) {
    const start = Date.UTC(START_YEAR, 0, 1) + Math.floor((rnd() * span) / DAY) * DAY;
    const kind = rnd();
    const category = CATEGORIES[Math.floor(rnd() * CATEGORIES.length)];
    let date, end;
    if (kind < 0.5) {
      date = iso(start);
      end = start + DAY;
    } else if (kind < 0.75) {
      const d = new Date(start);
      date = d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1);
      end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    } else {
      end = start + (2 + Math.floor(rnd() * 120)) * DAY;
      date = iso(start) + '/' + iso(end - DAY);
    }
    out[i] = { id: 'e' + i, date, title: 'Event ' + i + ' ' + category, category, places: [], start, end, point: kind < 0.5 };
  }
  return out;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const painted = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );
const quantile = (values, q) => {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

/** 40 zoom steps from the whole span down to about a month around mid-2005, then 20 pan steps. */
function windows() {
  const full = [Date.UTC(START_YEAR, 0, 1), Date.UTC(START_YEAR + YEARS, 0, 1)];
  const centre = Date.UTC(2005, 6, 1);
  const out = [];
  const finalSpan = 32 * DAY;
  const factor = Math.pow(finalSpan / (full[1] - full[0]), 1 / 39);
  let span = full[1] - full[0];
  let middle = (full[0] + full[1]) / 2;
  for (let i = 0; i < 40; i++) {
    middle += (centre - middle) * 0.25;
    out.push([middle - span / 2, middle + span / 2]);
    span *= factor;
  }
  span /= factor;
  for (let i = 0; i < 20; i++) {
    middle += span * 0.1;
    out.push([middle - span / 2, middle + span / 2]);
  }
  return out;
}

/** apply(window) changes the window; layout() forces style + layout of what was drawn. */
async function steps(apply, layout) {
  const list = windows();
  for (let i = 0; i < 5; i++) {
    apply(list[(i * 7) % list.length]);
    await frame();
  }
  await frame();
  const work = [];
  const intervals = [];
  let last = await frame();
  for (const w of list) {
    // A callback registered before the step marks the start of the next frame's animation callbacks; the
    // subject's own callbacks (registered during the step) run after it, and one registered after the step ends
    // the measurement with a forced style + layout.
    let started = 0;
    requestAnimationFrame(() => (started = performance.now()));
    const t0 = performance.now();
    apply(w);
    const sync = performance.now() - t0;
    const frameStart = await frame();
    layout();
    work.push(sync + (performance.now() - started));
    intervals.push(frameStart - last);
    last = frameStart;
  }
  return {
    frameMedianMs: quantile(work, 0.5),
    frameP95Ms: quantile(work, 0.95),
    frameMaxMs: Math.max(...work),
    ...(window.__debugWork ? { work: work.map((w) => Math.round(w * 10) / 10) } : {}),
    intervalP95Ms: quantile(intervals, 0.95),
    longFrames: intervals.filter((ms) => ms > 50).length,
  };
}

window.benchOurs = async (n) => {
  const list = events(n);
  const data = {
    meta: { title: 'bench', categories: Object.fromEntries(CATEGORIES.map((c) => [c, c])) },
    events: list.map(({ id, date, title, category, places }) => ({ id, date, title, category, places })),
    places: [],
  };
  const el = document.createElement('relations-timeline');
  el.style.width = '100%';
  el.style.height = '100%';
  document.getElementById('host').append(el);
  await el.updateComplete;
  await frame();
  // Both subjects start with a clean heap: the synthetic data's garbage is not theirs to collect.
  window.gc?.();
  const t0 = performance.now();
  const ready = new Promise((resolve) => el.addEventListener('relations-ready', resolve, { once: true }));
  el.data = data;
  await ready;
  await painted();
  const firstRenderMs = performance.now() - t0;
  window.__el = el;
  return { firstRenderMs, nodes: el.shadowRoot.querySelectorAll('[data-event-id]').length };
};

window.stepsOurs = () => {
  const el = window.__el;
  const plot = el.shadowRoot.querySelector('.plot');
  return steps((w) => el.zoomTo(new Date(w[0]), new Date(w[1])), () => plot.getBoundingClientRect());
};

window.benchVis = async (n) => {
  const list = events(n);
  const host = document.getElementById('host');
  // Both subjects start with a clean heap: the synthetic data's garbage is not theirs to collect.
  window.gc?.();
  const t0 = performance.now();
  const groups = new vis.DataSet(CATEGORIES.map((c) => ({ id: c, content: c })));
  const items = new vis.DataSet(
    list.map((e) =>
      e.point
        ? { id: e.id, group: e.category, content: e.title, start: new Date(e.start), type: 'point' }
        : { id: e.id, group: e.category, content: e.title, start: new Date(e.start), end: new Date(e.end), type: 'range' },
    ),
  );
  const changed = new Promise((resolve) => { window.__visChanged = resolve; });
  const timeline = new vis.Timeline(host, items, groups, {
    height: '${HEIGHT}px',
    start: new Date(Date.UTC(START_YEAR, 0, 1)),
    end: new Date(Date.UTC(START_YEAR + YEARS, 0, 1)),
  });
  timeline.on('changed', () => window.__visChanged && window.__visChanged());
  await changed;
  await painted();
  const firstRenderMs = performance.now() - t0;
  window.__vis = timeline;
  return { firstRenderMs, nodes: host.querySelectorAll('.vis-item').length };
};

window.stepsVis = () => {
  const timeline = window.__vis;
  const host = document.getElementById('host');
  return steps(
    (w) => { timeline.setWindow(new Date(w[0]), new Date(w[1]), { animation: false }); },
    () => host.getBoundingClientRect() && host.querySelector('.vis-panel.vis-center')?.getBoundingClientRect(),
  );
};
`;

export async function run({ sizes = [100, 1000, 10000, 100000] } = {}) {
  const bench = await startBench();
  const rows = [];
  let vis10k = null;
  try {
    for (const n of sizes) {
      for (const subject of process.env.BENCH_ONLY
        ? [process.env.BENCH_ONLY]
        : ['relations-timeline', 'vis-timeline']) {
        if (subject === 'vis-timeline' && n >= 100000 && !(vis10k !== null && vis10k < VIS_100K_IF_10K_UNDER_MS)) {
          const why = vis10k === null ? 'not measured at 10,000' : `${(vis10k / 1000).toFixed(1)} s at 10,000`;
          rows.push({ subject, n, skipped: `skipped: vis-timeline took ${why}` });
          console.error(`timeline bench: vis-timeline n=${n} skipped (${why})`);
          continue;
        }
        const ours = subject === 'relations-timeline';
        // vis-timeline needs ~25 s for 10,000 items: one run there.
        const runs = firstRenderRuns(n, !ours && n >= 10000);
        try {
          const { result, ...numbers } = await measure(bench, {
            runs,
            n,
            name: 'timeline-page',
            page: {
              html: pageHtml,
              script: pageScript,
              viewport: { width: WIDTH, height: HEIGHT + 40 },
              timeout: VIS_TIMEOUT_MS,
            },
            prepare: async (page) => {
              await page.waitForFunction(
                () => typeof window.benchOurs === 'function' && typeof window.vis === 'object',
              );
              if (process.env.BENCH_DEBUG) await page.evaluate(() => (window.__debugWork = true));
            },
            first: ours ? 'benchOurs' : 'benchVis',
            steps: ours ? 'stepsOurs' : 'stepsVis',
          });
          const { firstRenderMs, frameP95Ms } = numbers;
          if (!ours && n === 10000) vis10k = firstRenderMs;
          rows.push({ subject, n, ...numbers, nodesInDom: result.nodes });
          console.error(
            `timeline bench: ${subject} n=${n} first ${firstRenderMs.toFixed(0)} ms (median of ${runs}), frame p95 ${frameP95Ms.toFixed(1)} ms`,
          );
        } catch (error) {
          rows.push({ subject, n, skipped: `failed or timed out: ${String(error.message ?? error).split('\n')[0]}` });
          console.error(`timeline bench: ${subject} n=${n} failed: ${error.message}`);
        }
      }
    }
  } finally {
    await bench.close();
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const quick = process.argv.includes('--quick');
  const rows = await run({ sizes: quick ? [100, 1000] : [100, 1000, 10000, 100000] });
  const fmt = (v, d = 1) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(d) : '—');
  console.log(
    '| subject | n | first render ms | frame median ms | frame p95 ms | frame max ms | frames > 50 ms | heap MB | marks in DOM |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.subject} | ${r.n} | ${fmt(r.firstRenderMs)} | ${fmt(r.frameMedianMs)} | ${fmt(r.frameP95Ms)} | ${fmt(r.frameMaxMs)} | ${r.longFrames ?? '—'} | ${fmt(r.heapMB)} | ${r.nodesInDom ?? r.skipped ?? '—'} |`,
    );
  }
  for (const n of [1000, 10000]) {
    const a = rows.find((r) => r.subject === 'relations-timeline' && r.n === n);
    const b = rows.find((r) => r.subject === 'vis-timeline' && r.n === n);
    if (a?.firstRenderMs && b?.firstRenderMs) {
      console.log(
        `at ${n}: first render ${(b.firstRenderMs / a.firstRenderMs).toFixed(1)}× faster, frame p95 ${(b.frameP95Ms / a.frameP95Ms).toFixed(1)}× faster than vis-timeline`,
      );
    }
  }
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(
    new URL('./results/timeline.json', import.meta.url),
    JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n',
  );
  console.log('wrote bench/results/timeline.json');
}
