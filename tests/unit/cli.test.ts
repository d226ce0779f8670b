import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetText } from '../../src/data/index.js';

/**
 * The command line as an editor runs it: bin/relations-atlas.mjs in a child process, on real files. The bin imports
 * the built dist/esm/cli/run-cli.js; here esbuild bundles the bin with that import pointed at the source, so the test
 * needs no build (scripts/test-package.mjs runs the published one).
 */

const repo = resolve(import.meta.dirname, '../..');
const work = join(repo, 'node_modules/.cache/cli-test');
const bin = join(work, 'relations-atlas.mjs');

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  await build({
    entryPoints: [join(repo, 'bin/relations-atlas.mjs')],
    outfile: bin,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    plugins: [
      {
        name: 'source-not-dist',
        setup(plugin) {
          plugin.onResolve({ filter: /dist\/esm\/cli\/run-cli\.js$/ }, () => ({
            path: join(repo, 'src/cli/run-cli.ts'),
          }));
        },
      },
    ],
  });
});

function run(...args: string[]): { code: number | null; out: string[]; err: string[] } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: repo, encoding: 'utf8' });
  const lines = (text: string) => text.split('\n').filter(Boolean);
  return { code: result.status, out: lines(result.stdout), err: lines(result.stderr) };
}

describe('relations-atlas check', () => {
  it('passes the Azerbaijan–Lithuania data set and the USGS-style feed with exit 0', () => {
    expect(run('check', 'data/azerbaijan-lithuania.json', 'tests/fixtures/usgs-earthquakes.geojson')).toEqual({
      code: 0,
      out: [
        'data/azerbaijan-lithuania.json: 73 events, 14 places; no problems',
        'tests/fixtures/usgs-earthquakes.geojson: 15 events, 15 places; no problems',
      ],
      err: [],
    });
  });

  it('names the line of each CSV problem (past a cell over two lines) and exits 1 on errors', () => {
    expect(run('check', 'tests/fixtures/broken-events.csv', '--places', 'tests/fixtures/geo-places.geojson')).toEqual({
      code: 1,
      out: [
        'tests/fixtures/broken-events.csv:1: warning: unknown column "colour" in events.csv ignored (known: id, date, title, description, category, places, actors, source_section, source_quote, type, value, unit, category_label, events, map_fit, category_label_<language>)',
        'tests/fixtures/broken-events.csv:4: error: "2006-02-30": day 30 is not 01–28 in that month (id "broken")',
        'tests/fixtures/broken-events.csv:5: error: "title" is empty (id "untitled")',
        'tests/fixtures/broken-events.csv:6: warning: unknown place "atlantis" left out; the event is kept (id "lost")',
        'tests/fixtures/broken-events.csv: 2 events, 4 places; 2 errors, 2 warnings',
      ],
      err: [],
    });
  });

  it('prints the messages the widget shows', () => {
    const text = readFileSync(join(repo, 'tests/fixtures/broken-events.csv'), 'utf8');
    const places = readFileSync(join(repo, 'tests/fixtures/geo-places.geojson'), 'utf8');
    const widget = loadDatasetText(text, { format: 'csv', placesCsv: places }).diagnostics.map((d) => d.message);
    const printed = run('check', 'tests/fixtures/broken-events.csv', '--places', 'tests/fixtures/geo-places.geojson')
      .out.slice(0, -1)
      .map((line) => line.replace(/^[^:]+:\d+: (error|warning): /, '').replace(/ \(id "[^"]+"\)$/, ''));
    expect(printed).toEqual(widget);
  });

  it("points at JSON records with JSON pointers, and at a GeoJSON file's features", () => {
    expect(run('check', 'tests/fixtures/broken-data.json', 'tests/fixtures/usgs-earthquakes-hostile.geojson')).toEqual({
      code: 1,
      out: [
        'tests/fixtures/broken-data.json: /places/1/lat: error: "lat" must be a number from −90 to 90 (id "far")',
        'tests/fixtures/broken-data.json: /events/1/date: error: "2006-13-01": month 13 is not 01–12 (id "bad-date")',
        'tests/fixtures/broken-data.json: /events/2: warning: unknown field "colour" ignored (id "fine-2")',
        'tests/fixtures/broken-data.json: 2 events, 1 place; 2 errors, 1 warning',
        'tests/fixtures/usgs-earthquakes-hostile.geojson: /features/2: warning: the kind "<b>x</b>" left out (known: capital, city, region, embassy, consulate, twin-city, venue) (id "h3")',
        'tests/fixtures/usgs-earthquakes-hostile.geojson: /features/2: warning: the country "<b>" left out: it must be a two-letter code such as "US" (id "h3")',
        'tests/fixtures/usgs-earthquakes-hostile.geojson: /features/3: error: has a Polygon, not a Point; the feature is skipped (id "h4")',
        'tests/fixtures/usgs-earthquakes-hostile.geojson: /features/4: error: has coordinates [200, 95] out of range (longitude −180 to 180, latitude −90 to 90); the feature is skipped (id "h5")',
        'tests/fixtures/usgs-earthquakes-hostile.geojson: /features/0: warning: link 0 left out: only http:, https: and mailto: addresses are linked (id "h1")',
        'tests/fixtures/usgs-earthquakes-hostile.geojson: /features/1: warning: link 0 left out: only http:, https: and mailto: addresses are linked (id "b-h2-b")',
        'tests/fixtures/usgs-earthquakes-hostile.geojson: 2 events, 3 places; 2 errors, 4 warnings',
      ],
      err: [],
    });
  });

  it('reports a file it cannot read, and exits 2 on a command line it cannot read', () => {
    const missing = run('check', 'tests/fixtures/no-such-file.csv');
    expect(missing.code).toBe(1);
    expect(missing.out[0]).toMatch(/^tests\/fixtures\/no-such-file\.csv: error: could not read the file: ENOENT/);
    const bad = run('check', '--colour', 'red');
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toBe('relations-atlas: unknown option --colour');
    expect(run('frobnicate').err[0]).toBe('relations-atlas: unknown command "frobnicate"');
  });
});

describe('relations-atlas convert', () => {
  it("writes an events CSV and its GeoJSON places as the project's JSON, which loads with no problems", () => {
    const out = join(work, 'converted.json');
    const result = run(
      'convert',
      'tests/fixtures/geo-events.csv',
      '--places',
      'tests/fixtures/geo-places.geojson',
      '--to',
      'relations-json',
      '-o',
      out,
    );
    expect(result).toEqual({ code: 0, out: [], err: [`${out}: written, 4 events, 4 places; no problems`] });
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.events[0]).toEqual({
      id: 'recognition',
      date: '1991-09-10',
      title: 'Azerbaijan recognises Lithuania',
      category: 'diplomacy',
      places: ['baku', 'vilnius'],
    });
    expect(json.places[0]).toEqual({
      id: 'baku',
      name: { en: 'Baku', az: 'Bakı' },
      lat: 40.4093,
      lon: 49.8671,
      kinds: ['capital'],
      country: 'AZ',
    });
    expect(loadDatasetText(readFileSync(out, 'utf8')).diagnostics).toEqual([]);
  });

  it('writes the USGS feed to standard output, events at the second', () => {
    const result = run('convert', 'tests/fixtures/usgs-earthquakes.geojson', '--to', 'relations-json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out.join('\n'));
    expect(json.meta).toEqual({ title: 'USGS Earthquakes, a hand-made week' });
    expect(json.events).toHaveLength(15);
    expect(json.events[0]).toMatchObject({ id: 'ak023e7x5m9t', date: '2023-11-14T22:13:24Z', category: 'other' });
  });

  it('asks for the one target there is', () => {
    const result = run('convert', 'data/azerbaijan-lithuania.json', '--to', 'csv');
    expect(result.code).toBe(2);
    expect(result.err[0]).toBe('relations-atlas: cannot convert to "csv": the one target is relations-json');
  });
});
