// Map benchmark: <relations-map> against plain Leaflet (one L.circleMarker per place on the default SVG renderer),
// same page size, same synthetic places (deterministic seed, spread over Europe to the Caspian), same run, in
// headless Chromium with --disable-gpu. Both subjects have their map on the page and idle before the places arrive.
// Measures:
//   first render   median of 5 fresh pages (3 at 100,000): data set handed over → drawn (relations-ready / markers added) → the next frame painted
//   frame          40 programmatic setView steps (pan + zoom 4…7, after 5 unmeasured warm-up steps): time from
//                  setView to the end of a forced layout (style + layout; paint is not in it),
//                  median and p95; "frames > 50 ms" counts rAF intervals over 50 ms during the steps (includes paint)
//   heap           JS heap after the first render and a forced GC (CDP Runtime.getHeapUsage)
//   node bench/map.mjs [--quick]
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firstRenderRuns, measure, startBench } from './harness.mjs';
const PLAIN_LEAFLET_MAX = 100000;
const WIDTH = 800;
const HEIGHT = 500;

const pageHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/node_modules/leaflet/dist/leaflet.css">
<style>body{margin:0} #host{width:${WIDTH}px;height:${HEIGHT}px}</style></head>
<body><div id="host"></div><script type="module" src="/bench/map-page.js"></script></body></html>`;

// Runs in the page (served from memory through a route, so no file is written into the project).
const pageScript = `
import * as L from '/node_modules/leaflet/dist/leaflet-src.esm.js';
import '/src/map/map.ts';

function places(n, seed = 42) {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = { id: 'p' + i, name: 'Place ' + i, lat: 25 + random() * 47, lon: -15 + random() * 90 };
  return out;
}
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
// Resolves after the next frame has been painted: a message posted from a rAF callback is handled after that
// frame's rendering.
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

async function steps(map, pane) {
  const work = [];
  const intervals = [];
  // Five unmeasured steps first, so both subjects are measured warm (JIT, caches).
  for (let i = 0; i < 5; i++) {
    map.setView([47 - i, 25 + 4 * i], 4 + (i % 4), { animate: false });
    await frame();
  }
  let last = await frame();
  for (let i = 0; i < 40; i++) {
    const zoom = 4 + (i % 4);
    const center = [45 + 8 * Math.sin(i / 3), 30 + 18 * Math.cos(i / 5)];
    const t0 = performance.now();
    map.setView(center, zoom, { animate: false });
    pane.getBoundingClientRect();
    work.push(performance.now() - t0);
    const now = await frame();
    intervals.push(now - last);
    last = now;
  }
  return {
    frameMedianMs: quantile(work, 0.5),
    frameP95Ms: quantile(work, 0.95),
    longFrames: intervals.filter((ms) => ms > 50).length,
  };
}

window.benchOurs = async (n) => {
  const data = { events: [], places: places(n) };
  const el = document.createElement('relations-map');
  el.style.width = '100%';
  el.style.height = '100%';
  el.setAttribute('no-legend', '');
  if (window.__basemap) el.setAttribute('basemap', window.__basemap);
  document.getElementById('host').append(el);
  await el.updateComplete;
  // Wait for the bundled basemap to be drawn, then time the data alone.
  while (!window.__basemap && !el.shadowRoot.querySelector('path.country')) await frame();
  // ...and let the page go idle, as it would while a data file downloads.
  await new Promise((resolve) => setTimeout(resolve, 200));
  // Both subjects start with a clean heap: the synthetic data's garbage is not theirs to collect.
  window.gc?.();
  const t0 = performance.now();
  const ready = new Promise((resolve) => el.addEventListener('relations-ready', resolve, { once: true }));
  el.data = data;
  await ready;
  await painted();
  const firstRenderMs = performance.now() - t0;
  window.__el = el;
  return { firstRenderMs, markers: el.shadowRoot.querySelectorAll('[data-place-id]').length };
};

window.stepsOurs = async () => {
  const el = window.__el;
  const map = el.leafletMap;
  return steps(map, el.shadowRoot.querySelector('.leaflet-map-pane'));
};

window.benchLeaflet = async (n) => {
  const data = places(n);
  const host = document.getElementById('host');
  // Like ours, the map exists and the page is idle before the data arrives.
  const map = L.map(host, { zoomControl: false, attributionControl: false }).setView([48, 30], 4);
  await painted();
  await new Promise((resolve) => setTimeout(resolve, 200));
  // Both subjects start with a clean heap: the synthetic data's garbage is not theirs to collect.
  window.gc?.();
  const t0 = performance.now();
  for (const p of data) L.circleMarker([p.lat, p.lon], { radius: 4, weight: 1 }).addTo(map);
  await painted();
  const firstRenderMs = performance.now() - t0;
  window.__map = map;
  return { firstRenderMs, markers: host.querySelectorAll('path').length };
};

window.stepsLeaflet = async () => steps(window.__map, document.querySelector('.leaflet-map-pane'));
`;

export async function run({ sizes = [100, 1000, 10000, 100000] } = {}) {
  const bench = await startBench();
  const rows = [];
  try {
    for (const n of sizes) {
      for (const subject of ['relations-map', 'leaflet-svg']) {
        if (subject === 'leaflet-svg' && n > PLAIN_LEAFLET_MAX) {
          rows.push({ subject, n, skipped: `plain Leaflet not run above ${PLAIN_LEAFLET_MAX} places` });
          continue;
        }
        const ours = subject === 'relations-map';
        const runs = firstRenderRuns(n);
        const { result, ...numbers } = await measure(bench, {
          runs,
          n,
          name: 'map-page',
          page: { html: pageHtml, script: pageScript, viewport: { width: WIDTH, height: HEIGHT } },
          prepare: async (page) => {
            if (process.env.BENCH_BASEMAP)
              await page.evaluate((b) => (window.__basemap = b), process.env.BENCH_BASEMAP);
            await page.waitForFunction(() => typeof window.benchOurs === 'function');
          },
          first: ours ? 'benchOurs' : 'benchLeaflet',
          steps: ours ? 'stepsOurs' : 'stepsLeaflet',
        });
        const { firstRenderMs, frameP95Ms } = numbers;
        rows.push({ subject, n, ...numbers, markersInDom: result.markers });
        console.error(
          `map bench: ${subject} n=${n} first ${firstRenderMs.toFixed(0)} ms (median of ${runs}), p95 ${frameP95Ms.toFixed(1)} ms`,
        );
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
    '| subject | n | first render ms | frame median ms | frame p95 ms | frames > 50 ms | heap MB | markers in DOM |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.subject} | ${r.n} | ${fmt(r.firstRenderMs)} | ${fmt(r.frameMedianMs)} | ${fmt(r.frameP95Ms)} | ${r.longFrames ?? '—'} | ${fmt(r.heapMB)} | ${r.markersInDom ?? r.skipped ?? '—'} |`,
    );
  }
  for (const n of [10000]) {
    const a = rows.find((r) => r.subject === 'relations-map' && r.n === n);
    const b = rows.find((r) => r.subject === 'leaflet-svg' && r.n === n);
    if (a && b && a.firstRenderMs && b.firstRenderMs) {
      console.log(
        `\nat ${n}: first render ${(b.firstRenderMs / a.firstRenderMs).toFixed(1)}× faster, frame p95 ${(b.frameP95Ms / a.frameP95Ms).toFixed(1)}× faster than plain Leaflet`,
      );
    }
  }
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(
    new URL('./results/map.json', import.meta.url),
    JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n',
  );
  console.log('wrote bench/results/map.json');
}
