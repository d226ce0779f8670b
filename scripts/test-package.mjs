// `npm run test:package` (after `npm run build`): the package as a consumer gets it. `npm pack`s this repository,
// installs the tarball into a fresh project in a temporary directory (its dependencies from the registry), type-checks
// a page that imports the entry points the README names, bundles it with esbuild and opens it in Chromium, where each
// element must render; then serves the drop-in files of the installed package (dist/relations-atlas*.js) to a page
// with one tag, whole and with a chunk missing; runs `npx relations-atlas check` there on a good and a broken file. Ends
// with "N passed, N failed"; exits 1 on any failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const repo = resolve(import.meta.dirname, '..');
const bin = (name) => join(repo, 'node_modules', '.bin', name);
const work = mkdtempSync(join(tmpdir(), 'relations-atlas-package-'));
const consumer = join(work, 'consumer');
const results = [];

function check(name, ok, detail = '') {
  results.push(ok);
  console.log(`${ok ? '✓' : '✗'} ${name}${!ok && detail ? `\n    ${detail.replaceAll('\n', '\n    ')}` : ''}`);
}

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs one step; a step that throws fails its check and reports the command's output. */
function step(name, action) {
  try {
    action();
    check(name, true);
    return true;
  } catch (error) {
    check(
      name,
      false,
      [error.stdout, error.stderr, error.stdout || error.stderr ? '' : String(error)].filter(Boolean).join('\n').trim(),
    );
    return false;
  }
}

// A small inline data set: the same for the consumer's page and the drop-in page.
const DATA = {
  meta: { title: 'Package test' },
  events: [
    { id: 'e1', date: '2001-05', title: 'A visit', category: 'visit', places: ['baku'] },
    { id: 'e2', date: '2005', title: 'An embassy opens', category: 'diplomacy', places: ['vilnius'] },
  ],
  places: [
    { id: 'baku', name: 'Baku', lat: 40.4093, lon: 49.8671, kinds: ['capital'] },
    { id: 'vilnius', name: 'Vilnius', lat: 54.6872, lon: 25.2797, kinds: ['capital'] },
  ],
};

// A consumer's page: each entry point the README names, typed through the package's own declarations.
const PAGE_TS = `
import 'relations-atlas/timeline';
import 'relations-atlas/map';
import 'relations-atlas/atlas';
import { getChannel, type RelationsTimeline } from 'relations-atlas';
// The drop-in bundle's exports are typed too (only typed here: this page is bundled from the ES modules).
export type LoadFromBundle = typeof import('relations-atlas/bundle').load;

const data = ${JSON.stringify(DATA)};

// The tag name map types createElement: no casts.
const timeline: RelationsTimeline = document.createElement('relations-timeline');
timeline.channel = 'package';
timeline.data = data;
const map = document.createElement('relations-map');
map.channel = 'package';
map.data = data;
const atlas = document.createElement('relations-atlas');
atlas.data = data;
for (const element of [timeline, map, atlas]) {
  element.style.display = 'block';
  element.style.height = '360px';
  document.body.append(element);
}
const channel = getChannel('package');
const heard: string[] = [];
channel.subscribe((message) => heard.push(message.type));
Object.assign(window, { packageTest: { channel, heard } });
`;

const EMBED_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>drop-in</title><link rel="icon" href="data:,">
<script type="module" src="./relations-atlas.bundle.js"></script></head>
<body><relations-timeline src="/data.json"></relations-timeline></body></html>`;

const MAP_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>drop-in map</title><link rel="icon" href="data:,">
<script type="module" src="./relations-atlas.bundle.js"></script></head>
<body><relations-map src="/data.json" style="width: 800px; height: 400px"></relations-map></body></html>`;

const PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>relations-atlas package test</title><link rel="icon" href="data:,"></head>
<body style="width: 1000px"><script type="module" src="./page.js"></script></body></html>`;

async function inBrowser() {
  // The drop-in files as the package ships them, under /embed/, and again under /embed-missing/ without one chunk that
  // the timeline's chunk imports.
  const dist = join(consumer, 'node_modules', 'relations-atlas', 'dist');
  const { chunks } = JSON.parse(readFileSync(join(dist, 'bundle-chunks.json'), 'utf8'));
  const timelineChunk = Object.keys(chunks).find((file) => chunks[file].name === 'timeline');
  const dropped = chunks[timelineChunk].imports.find((file) => file !== 'relations-atlas.bundle.js');
  const files = {
    '/': PAGE_HTML,
    '/page.js': readFileSync(join(consumer, 'dist', 'page.js'), 'utf8'),
    '/data.json': JSON.stringify(DATA),
  };
  for (const file of readdirSync(dist).filter((name) => /^relations-atlas.*\.js$/.test(name))) {
    files[`/embed/${file}`] = readFileSync(join(dist, file), 'utf8');
    if (file !== dropped) files[`/embed-missing/${file}`] = files[`/embed/${file}`];
  }
  files['/embed/'] = files['/embed-missing/'] = EMBED_HTML;
  // A map whose country shapes were not copied beside the bundle.
  const basemapChunk = Object.keys(chunks).find((file) => chunks[file].name === 'basemap');
  for (const file of readdirSync(dist).filter(
    (name) => /^relations-atlas.*\.js$/.test(name) && name !== basemapChunk,
  )) {
    files[`/embed-no-basemap/${file}`] = files[`/embed/${file}`];
  }
  files['/embed-no-basemap/'] = MAP_HTML;
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const body = files[path];
    const type = path.endsWith('/') ? 'text/html' : path.endsWith('.json') ? 'application/json' : 'text/javascript';
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': type });
    response.end(body ?? '');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const until = async (name, predicate, arg) => {
      try {
        await page.waitForFunction(predicate, arg, { timeout: 15000, polling: 100 });
        check(name, true);
      } catch {
        check(name, false, `timed out${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`);
      }
    };
    await until('the three tags are defined', () =>
      ['relations-timeline', 'relations-map', 'relations-atlas'].every((tag) => customElements.get(tag)),
    );
    await until(
      '<relations-timeline> draws a mark for each event',
      () =>
        document.querySelector('body > relations-timeline')?.shadowRoot?.querySelectorAll('[data-event-id]').length >=
        2,
    );
    await until('<relations-map> draws a Leaflet map with the places', () => {
      const root = document.querySelector('body > relations-map')?.shadowRoot;
      return Boolean(root?.querySelector('.leaflet-container') && root.querySelectorAll('[data-place-id]').length >= 2);
    });
    await until('<relations-atlas> draws its own timeline and map', () => {
      const root = document.querySelector('body > relations-atlas')?.shadowRoot;
      const timeline = root?.querySelector('relations-timeline')?.shadowRoot;
      const map = root?.querySelector('relations-map')?.shadowRoot;
      return Boolean(timeline?.querySelector('[data-event-id]') && map?.querySelector('.leaflet-container'));
    });
    await page.evaluate(() => window.packageTest.channel.select({ placeIds: ['baku'] }));
    await until('getChannel from the package root reaches the elements on that channel', () =>
      document.querySelector('body > relations-timeline')?.highlightedEventIds.includes('e1'),
    );
    check('no page errors', errors.length === 0, errors.join('\n'));

    // The drop-in bundle: a page with only a timeline fetches the timeline's code and no map's.
    const embed = await browser.newPage();
    const fetched = [];
    embed.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await embed.goto(`http://127.0.0.1:${server.address().port}/embed/`);
    try {
      await embed.waitForFunction(
        () => document.querySelector('relations-timeline')?.shadowRoot?.querySelectorAll('[data-event-id]').length >= 2,
        null,
        { timeout: 15000, polling: 100 },
      );
      check('the drop-in bundle from the package draws a <relations-timeline>', true);
    } catch {
      check(
        'the drop-in bundle from the package draws a <relations-timeline>',
        false,
        `fetched: ${fetched.join(', ')}`,
      );
    }
    const mapChunk = Object.keys(chunks).find((file) => chunks[file].name === 'map');
    check('that page fetches no map code', !fetched.includes(`/embed/${mapChunk}`), `fetched: ${fetched.join(', ')}`);

    // A chunk missing beside the bundle: a console error names it.
    const missing = await browser.newPage();
    const logged = [];
    missing.on('console', (message) => message.type() === 'error' && logged.push(message.text()));
    await missing.goto(`http://127.0.0.1:${server.address().port}/embed-missing/`);
    const report = () => logged.find((text) => text.startsWith('relations-atlas:'));
    for (let waited = 0; !report() && waited < 10000; waited += 100) await missing.waitForTimeout(100);
    const named = report();
    check(
      `without ${dropped}, a console error names it`,
      Boolean(named?.includes(`/embed-missing/${dropped}`)),
      `console errors: ${logged.join('\n')}`,
    );

    // The map's country shapes missing: the map still comes up, and says in words which file could not be loaded.
    const outlines = await browser.newPage();
    const uncaught = [];
    outlines.on('pageerror', (error) => uncaught.push(error.message));
    await outlines.addInitScript(() => {
      globalThis.__ready = false;
      document.addEventListener('relations-ready', () => (globalThis.__ready = true));
    });
    await outlines.goto(`http://127.0.0.1:${server.address().port}/embed-no-basemap/`);
    let notice = '';
    for (let waited = 0; !notice && waited < 15000; waited += 100) {
      notice = await outlines.evaluate(
        () =>
          document.querySelector('relations-map')?.shadowRoot?.querySelector('.notice[role="alert"]')?.textContent ??
          '',
      );
      if (!notice) await outlines.waitForTimeout(100);
    }
    check(
      `without ${basemapChunk}, the map says the outlines could not be loaded from it`,
      notice.includes('The map outlines could not be loaded from') && notice.includes(basemapChunk),
      `notice: ${notice}`,
    );
    check(
      `without ${basemapChunk}, the map still fires relations-ready, and nothing is thrown or left unhandled`,
      (await outlines.evaluate(() => globalThis.__ready)) === true && uncaught.length === 0,
      `uncaught: ${uncaught.join('\n')}`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

const started = performance.now();
try {
  mkdirSync(join(consumer, 'src'), { recursive: true });
  let tarball = '';
  const packed = step('npm pack', () => {
    const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], repo));
    tarball = join(work, info.filename);
    const names = info.files.map((file) => file.path);
    for (const needed of [
      'dist/esm/timeline/timeline.js',
      'dist/types/index.d.ts',
      'dist/relations-atlas.bundle.js',
      'custom-elements.json',
      'bin/relations-atlas.mjs',
      'dist/esm/cli/run-cli.js',
    ]) {
      if (!names.includes(needed)) throw new Error(`the tarball lacks ${needed}`);
    }
  });
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
  );
  const installed =
    packed &&
    step('npm install <tarball> in a fresh project', () =>
      run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball], consumer),
    );
  if (installed) {
    writeFileSync(join(consumer, 'data.json'), JSON.stringify(DATA));
    writeFileSync(join(consumer, 'broken.csv'), 'id,date,title,places\ne1,2001-05,A visit,\ne2,2006-02-30,Never,\n');
    step('npx relations-atlas check passes a good data set (exit 0)', () => {
      const out = run('npx', ['--no-install', 'relations-atlas', 'check', 'data.json'], consumer);
      if (out !== 'data.json: 2 events, 2 places; no problems\n') throw new Error(`unexpected output:\n${out}`);
    });
    step('npx relations-atlas check names the CSV line of a bad date (exit 1)', () => {
      const result = spawnSync('npx', ['--no-install', 'relations-atlas', 'check', 'broken.csv'], {
        cwd: consumer,
        encoding: 'utf8',
      });
      const expected =
        'broken.csv:3: error: "2006-02-30": day 30 is not 01–28 in that month (id "e2")\n' +
        'broken.csv: 1 event, 0 places; 1 error, 0 warnings\n';
      if (result.status !== 1 || result.stdout !== expected)
        throw new Error(`exit ${result.status}, output:\n${result.stdout}${result.stderr}`);
    });
    writeFileSync(join(consumer, 'src', 'page.ts'), PAGE_TS);
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        include: ['src'],
      }),
    );
    step('tsc (moduleResolution bundler, skipLibCheck false) accepts the page', () =>
      run(bin('tsc'), ['-p', 'tsconfig.json'], consumer),
    );
    const built = step('esbuild bundles the page', () =>
      run(
        bin('esbuild'),
        [
          'src/page.ts',
          '--bundle',
          '--format=esm',
          '--platform=browser',
          '--target=es2022',
          '--outfile=dist/page.js',
          '--log-level=warning',
        ],
        consumer,
      ),
    );
    if (built) await inBrowser();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const passed = results.filter(Boolean).length;
console.log(
  `${passed} passed, ${results.length - passed} failed (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
process.exit(passed === results.length ? 0 : 1);
