// What the benchmarks share: a dev server that compiles the TypeScript sources with production Lit (as the bundle
// ships it), the machine's Chromium with --disable-gpu, benchmark pages served from memory, the heap after a forced GC
// and the median of repeated first renders (a single first render on a 2-core machine varies by ±30%).
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

/** How many fresh pages measure one first render: fewer where one run takes many seconds. */
export function firstRenderRuns(n, slow = false) {
  if (slow) return 1;
  return n >= 100000 ? 3 : 5;
}

export async function startBench() {
  const server = await startDevServer({
    config: {
      rootDir: root,
      port: 0,
      nodeResolve: { exportConditions: ['production'] },
      plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  // Port 0: the system picks a free one.
  const { port } = server.server.address();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumArgs, '--js-flags=--expose-gc'],
  });
  return {
    browser,
    /** A fresh page with the benchmark's HTML and module script (served from memory, so nothing is written). */
    async openPage(name, { html, script, viewport, timeout }) {
      const page = await browser.newPage({ viewport });
      page.on('pageerror', (error) => console.error(`[${name}]`, error.message));
      if (timeout) page.setDefaultTimeout(timeout);
      await page.route(`http://localhost:${port}/bench/${name}.html`, (route) =>
        route.fulfill({ contentType: 'text/html', body: html }),
      );
      await page.route(`http://localhost:${port}/bench/${name}.js`, (route) =>
        route.fulfill({ contentType: 'application/javascript', body: script }),
      );
      await page.goto(`http://localhost:${port}/bench/${name}.html`);
      return page;
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

export async function heapMB(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

export function median(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Measures one subject at one size: its first render in `runs` fresh pages (the median counts), then the heap and
 * the zoom/pan frames in the last page. `first` and `steps` name the page's functions; `prepare` readies a page.
 * Returns the row's numbers and the last first-render result (what the page reported about its DOM).
 */
export async function measure(bench, { runs, n, name, page: pageOptions, prepare, first, steps }) {
  const firstRenders = [];
  let last = null;
  for (let run = 0; run < runs; run++) {
    const page = await bench.openPage(name, pageOptions);
    try {
      await prepare(page);
      const result = await page.evaluate(([fn, size]) => window[fn](size), [first, n]);
      firstRenders.push(result.firstRenderMs);
      if (run === runs - 1) {
        const heap = await heapMB(page);
        const frames = await page.evaluate((fn) => window[fn](), steps);
        last = { heapMB: heap, ...frames, result };
      }
    } finally {
      await page.close();
    }
  }
  const { result, ...numbers } = last;
  return { firstRenderMs: median(firstRenders), firstRenderRunsMs: firstRenders, ...numbers, result };
}
