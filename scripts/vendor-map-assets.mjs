// Generates the map's static assets into src/map/generated/ (committed):
//   leaflet-css.ts  Leaflet's own stylesheet as a Lit `css`, so the map can adopt it inside its shadow root.
//   basemap.ts      country shapes from Natural Earth (world-atlas countries-50m) cut to Europe, the Caucasus and the
//                   Caspian, clipped to a box (so Russia's far east and the antimeridian never appear), simplified and
//                   rounded to 0.01° so the inlined module stays small.
// Run `node scripts/vendor-map-assets.mjs` after upgrading leaflet or world-atlas; tests/unit/map-generated.test.ts
// fails when the committed files differ from what this script produces.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const root = new URL('../', import.meta.url);

/** West, south, east, north in degrees: the parties and their surroundings, Portugal to the Aral Sea. */
export const BASEMAP_BOX = [-25, 24, 80, 72];
/** Douglas–Peucker tolerance and rounding step, in degrees. */
const TOLERANCE = 0.03;
const STEP = 100;

/** ISO 3166-1 numeric → alpha-2 for the countries inside the box (world-atlas ids are numeric strings). */
// prettier-ignore
export const NUMERIC_TO_ALPHA2 = {
  '004': 'AF', '008': 'AL', '012': 'DZ', '020': 'AD', '031': 'AZ', '040': 'AT', '048': 'BH', '051': 'AM',
  '056': 'BE', '070': 'BA', '100': 'BG', '112': 'BY', '191': 'HR', '196': 'CY', '203': 'CZ', '208': 'DK',
  '233': 'EE', '234': 'FO', '246': 'FI', '250': 'FR', '268': 'GE', '276': 'DE', '292': 'GI', '300': 'GR',
  '304': 'GL', '348': 'HU', '352': 'IS', '356': 'IN', '364': 'IR', '368': 'IQ', '372': 'IE', '376': 'IL',
  '380': 'IT', '398': 'KZ', '400': 'JO', '414': 'KW', '417': 'KG', '422': 'LB', '428': 'LV', '434': 'LY',
  '438': 'LI', '440': 'LT', '442': 'LU', '470': 'MT', '478': 'MR', '492': 'MC', '498': 'MD', '499': 'ME',
  '504': 'MA', '512': 'OM', '528': 'NL', '578': 'NO', '586': 'PK', '616': 'PL', '620': 'PT', '634': 'QA',
  '642': 'RO', '643': 'RU', '674': 'SM', '682': 'SA', '688': 'RS', '703': 'SK', '705': 'SI', '724': 'ES',
  '732': 'EH', '744': 'SJ', '752': 'SE', '756': 'CH', '760': 'SY', '762': 'TJ', '784': 'AE', '788': 'TN',
  '792': 'TR', '795': 'TM', '804': 'UA', '807': 'MK', '818': 'EG', '826': 'GB', '860': 'UZ', '887': 'YE',
  '729': 'SD', '275': 'PS', '248': 'AX', '831': 'GG', '832': 'JE', '833': 'IM', '336': 'VA', '383': 'XK',
  '148': 'TD', '562': 'NE', '466': 'ML', '124': 'CA', '156': 'CN', '496': 'MN', '524': 'NP',
};

/** Sutherland–Hodgman: a closed ring clipped to the box; [] when nothing is left. */
function clipRing(ring, [west, south, east, north]) {
  const edges = [
    [(p) => p[0] >= west, (a, b) => [west, a[1] + ((b[1] - a[1]) * (west - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= east, (a, b) => [east, a[1] + ((b[1] - a[1]) * (east - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= south, (a, b) => [a[0] + ((b[0] - a[0]) * (south - a[1])) / (b[1] - a[1]), south]],
    [(p) => p[1] <= north, (a, b) => [a[0] + ((b[0] - a[0]) * (north - a[1])) / (b[1] - a[1]), north]],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, cut] of edges) {
    if (points.length === 0) break;
    const next = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i];
      const previous = points[(i + points.length - 1) % points.length];
      if (inside(current)) {
        if (!inside(previous)) next.push(cut(previous, current));
        next.push(current);
      } else if (inside(previous)) {
        next.push(cut(previous, current));
      }
    }
    points = next;
  }
  return points.length >= 3 ? [...points, points[0]] : [];
}

function simplify(points, tolerance) {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    const [ax, ay] = points[first];
    const [bx, by] = points[last];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i];
      const distance =
        length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
      if (distance > worstDistance) {
        worst = i;
        worstDistance = distance;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function round(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const point = [Math.round(x * STEP) / STEP, Math.round(y * STEP) / STEP];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

/** Area in square degrees, to drop specks that round to nothing. */
function area(ring) {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return Math.abs(sum / 2);
}

function prepareRing(ring) {
  const clipped = clipRing(ring, BASEMAP_BOX);
  if (clipped.length === 0) return null;
  const ready = round(clipped);
  return ready.length >= 4 && area(ready) >= 0.02 ? ready : null;
}

/**
 * Simplifies the topology's arcs in place, before they become polygons: a border shared by two countries is one arc,
 * so both sides get the same simplified line and no slivers or gaps open between neighbours.
 */
function simplifyTopology(topology) {
  const { scale, translate } = topology.transform ?? { scale: [1, 1], translate: [0, 0] };
  topology.arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const points = arc.map(([dx, dy]) => {
      if (topology.transform) {
        x += dx;
        y += dy;
        return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
      }
      return [dx, dy];
    });
    return simplify(points, TOLERANCE);
  });
  delete topology.transform;
  return topology;
}

/** The basemap as a GeoJSON FeatureCollection: one feature per country that reaches into the box. */
export function buildBasemap() {
  const topology = simplifyTopology(
    JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')),
  );
  const countries = feature(topology, topology.objects.countries);
  const features = [];
  for (const country of countries.features) {
    const geometry = country.geometry;
    if (!geometry) continue;
    const polygons =
      geometry.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates
          : [];
    const kept = [];
    for (const polygon of polygons) {
      const outer = prepareRing(polygon[0]);
      if (!outer) continue;
      kept.push([outer, ...polygon.slice(1).map(prepareRing).filter(Boolean)]);
    }
    if (kept.length === 0) continue;
    const id = String(country.id ?? '');
    features.push({
      type: 'Feature',
      id,
      properties: { iso: NUMERIC_TO_ALPHA2[id] ?? '', name: country.properties?.name ?? '' },
      geometry:
        kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept },
    });
  }
  features.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { type: 'FeatureCollection', features };
}

const banner = '// Generated by scripts/vendor-map-assets.mjs: do not edit.';

export function basemapModuleText() {
  const collection = buildBasemap();
  const lines = collection.features.map((f) => `    ${JSON.stringify(f)},`);
  return `${banner}
// Country shapes from Natural Earth 1:50m (public domain) via world-atlas ${require('world-atlas/package.json').version},
// simplified along shared borders (${TOLERANCE}°), clipped to [${BASEMAP_BOX.join(', ')}] (west, south, east, north), rounded to 0.01°.
// Each feature's id is the ISO 3166-1 numeric code; properties.iso the alpha-2 code ('' when not in our table).
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export interface CountryProperties {
  readonly iso: string;
  readonly name: string;
}

export const BASEMAP_BOX = ${JSON.stringify(BASEMAP_BOX)} as const;

export const BASEMAP: FeatureCollection<Polygon | MultiPolygon, CountryProperties> = {
  type: 'FeatureCollection',
  features: [
${lines.join('\n')}
  ],
};
`;
}

// Rules for Leaflet features the map never creates (its own popups, layer and scale controls, attribution control,
// marker shadows, default div icons, draggable markers, the box-zoom crosshair, old Safari fixes,
// default image icons, old IE), dropped so the drop-in bundle does not carry them.
const UNUSED_SELECTOR =
  /leaflet-(popup|control-layers|control-scale|control-attribution|attribution-flag|oldie|vml|default-icon-path|retina|control-zoom|bar\b|marker-shadow|shadow-pane|div-icon|crosshair|safari|marker-draggable)|\.lvml/;

/** Leaflet's stylesheet without comments, white space or rules for unused features. */
export function minifiedLeafletCss(source) {
  const css = source.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules = [];
  // The file is flat apart from one @media print block, which only helps printers keep control backgrounds.
  const flat = css.replace(/@media print\s*\{[\s\S]*?\}\s*\}/, '');
  for (const match of flat.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = match[1]
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s && !UNUSED_SELECTOR.test(s));
    if (selectors.length === 0) continue;
    const body = match[2]
      .split(';')
      .map((d) =>
        d
          .trim()
          .replace(/\s*:\s*/, ':')
          .replace(/\s+/g, ' '),
      )
      .filter((d) => d && !/^-(ms|moz|webkit)-/.test(d) && !/^filter:\s*progid/.test(d))
      .join(';');
    if (body) rules.push(`${selectors.join(',')}{${body}}`);
  }
  return rules.join('');
}

export function leafletCssModuleText() {
  const text = minifiedLeafletCss(readFileSync(require.resolve('leaflet/dist/leaflet.css'), 'utf8'));
  return `${banner}
// Leaflet ${require('leaflet/package.json').version}'s stylesheet (leaflet/dist/leaflet.css, BSD-2-Clause), minified and without the
// rules for features the map does not use (see minifiedLeafletCss), adopted inside the map's
// shadow root. unsafeCSS is safe here: the text is the package's own static file, never data.
import { unsafeCSS } from 'lit';

export const leafletStyles = unsafeCSS(${JSON.stringify(text)});
`;
}

export const outputs = {
  'src/map/generated/basemap.ts': basemapModuleText,
  'src/map/generated/leaflet-css.ts': leafletCssModuleText,
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, make] of Object.entries(outputs)) {
    const text = make();
    writeFileSync(new URL(path, root), text);
    console.log(`wrote ${path} (${(text.length / 1024).toFixed(1)} kB)`);
  }
}
