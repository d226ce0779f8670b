// Generates the map's static assets into src/map/generated/ (committed):
//   leaflet-css.ts  Leaflet's own stylesheet as a Lit `css`, so the map can adopt it inside its shadow root.
//   basemap.ts      every country from Natural Earth 1:110m (world-atlas countries-110m), pre-projected SVG path data
//                   for the world view, each country's bounds, and the list of detail regions.
//   basemap-detail-N.ts  Natural Earth 1:50m, one module (chunk) per region, for zoomed-in views.
// Run `node scripts/vendor-map-assets.mjs` after upgrading leaflet or world-atlas; tests/unit/map-generated.test.ts
// fails when the committed files differ from what this script produces.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const root = new URL('../', import.meta.url);

/**
 * Two levels of detail, both pre-projected at build time to Web Mercator pixels at their own zoom, so the browser
 * parses path data and never projects a point: the whole world from Natural Earth 1:110m (drawn when zoomed out, in
 * the basemap chunk), and 1:50m cut into regions, each its own chunk, fetched only when a map is zoomed in past
 * DETAIL_FROM_ZOOM over that region.
 */
export const LEVELS = {
  world: { source: 'countries-110m.json', zoom: 5, tolerance: 0.45, minArea: 1 },
  detail: { source: 'countries-50m.json', zoom: 7, tolerance: 4, minArea: 30 },
};
/** The zoom from which the 1:50m shapes replace the 1:110m ones (1:110m gets visibly coarse beyond it). */
export const DETAIL_FROM_ZOOM = 4;
/** The detail level's regions: pieces of land are grouped by where their centre lies, in columns × rows. */
const REGION_COLUMNS = 6;
const REGION_ROWS = 2;

/** ISO 3166-1 numeric → alpha-2 for every country and territory in world-atlas (its ids are numeric strings). */
// prettier-ignore
export const NUMERIC_TO_ALPHA2 = {
  '004': 'AF', '008': 'AL', '010': 'AQ', '012': 'DZ', '016': 'AS', '020': 'AD', '024': 'AO', '028': 'AG',
  '031': 'AZ', '032': 'AR', '036': 'AU', '040': 'AT', '044': 'BS', '048': 'BH', '050': 'BD', '051': 'AM',
  '052': 'BB', '056': 'BE', '060': 'BM', '064': 'BT', '068': 'BO', '070': 'BA', '072': 'BW', '076': 'BR',
  '084': 'BZ', '086': 'IO', '090': 'SB', '092': 'VG', '096': 'BN', '100': 'BG', '104': 'MM', '108': 'BI',
  '112': 'BY', '116': 'KH', '120': 'CM', '124': 'CA', '132': 'CV', '136': 'KY', '140': 'CF', '144': 'LK',
  '148': 'TD', '152': 'CL', '156': 'CN', '158': 'TW', '170': 'CO', '174': 'KM', '178': 'CG', '180': 'CD',
  '184': 'CK', '188': 'CR', '191': 'HR', '192': 'CU', '196': 'CY', '203': 'CZ', '204': 'BJ', '208': 'DK',
  '212': 'DM', '214': 'DO', '218': 'EC', '222': 'SV', '226': 'GQ', '231': 'ET', '232': 'ER', '233': 'EE',
  '234': 'FO', '238': 'FK', '239': 'GS', '242': 'FJ', '246': 'FI', '248': 'AX', '250': 'FR', '258': 'PF',
  '260': 'TF', '262': 'DJ', '266': 'GA', '268': 'GE', '270': 'GM', '275': 'PS', '276': 'DE', '288': 'GH',
  '292': 'GI', '296': 'KI', '300': 'GR', '304': 'GL', '308': 'GD', '316': 'GU', '320': 'GT', '324': 'GN',
  '328': 'GY', '332': 'HT', '334': 'HM', '336': 'VA', '340': 'HN', '344': 'HK', '348': 'HU', '352': 'IS',
  '356': 'IN', '360': 'ID', '364': 'IR', '368': 'IQ', '372': 'IE', '376': 'IL', '380': 'IT', '384': 'CI',
  '388': 'JM', '392': 'JP', '398': 'KZ', '400': 'JO', '404': 'KE', '408': 'KP', '410': 'KR', '414': 'KW',
  '417': 'KG', '418': 'LA', '422': 'LB', '426': 'LS', '428': 'LV', '430': 'LR', '434': 'LY', '438': 'LI',
  '440': 'LT', '442': 'LU', '446': 'MO', '450': 'MG', '454': 'MW', '458': 'MY', '462': 'MV', '466': 'ML',
  '470': 'MT', '478': 'MR', '480': 'MU', '484': 'MX', '492': 'MC', '496': 'MN', '498': 'MD', '499': 'ME',
  '500': 'MS', '504': 'MA', '508': 'MZ', '512': 'OM', '516': 'NA', '520': 'NR', '524': 'NP', '528': 'NL',
  '531': 'CW', '533': 'AW', '534': 'SX', '540': 'NC', '548': 'VU', '554': 'NZ', '558': 'NI', '562': 'NE',
  '566': 'NG', '570': 'NU', '574': 'NF', '578': 'NO', '580': 'MP', '583': 'FM', '584': 'MH', '585': 'PW',
  '586': 'PK', '591': 'PA', '598': 'PG', '600': 'PY', '604': 'PE', '608': 'PH', '612': 'PN', '616': 'PL',
  '620': 'PT', '624': 'GW', '626': 'TL', '630': 'PR', '634': 'QA', '642': 'RO', '643': 'RU', '646': 'RW',
  '652': 'BL', '654': 'SH', '659': 'KN', '660': 'AI', '662': 'LC', '663': 'MF', '666': 'PM', '670': 'VC',
  '674': 'SM', '678': 'ST', '682': 'SA', '686': 'SN', '688': 'RS', '690': 'SC', '694': 'SL', '702': 'SG',
  '703': 'SK', '704': 'VN', '705': 'SI', '706': 'SO', '710': 'ZA', '716': 'ZW', '724': 'ES', '728': 'SS',
  '729': 'SD', '732': 'EH', '740': 'SR', '744': 'SJ', '748': 'SZ', '752': 'SE', '756': 'CH', '760': 'SY',
  '762': 'TJ', '764': 'TH', '768': 'TG', '776': 'TO', '780': 'TT', '784': 'AE', '788': 'TN', '792': 'TR',
  '795': 'TM', '796': 'TC', '800': 'UG', '804': 'UA', '807': 'MK', '818': 'EG', '826': 'GB', '831': 'GG',
  '832': 'JE', '833': 'IM', '834': 'TZ', '840': 'US', '850': 'VI', '854': 'BF', '858': 'UY', '860': 'UZ',
  '862': 'VE', '876': 'WF', '882': 'WS', '887': 'YE', '894': 'ZM',
};
/**
 * Shapes world-atlas gives no numeric id. Kosovo has no ISO code; XK is the one the European Commission and most
 * software use. Somaliland, Northern Cyprus, the Siachen Glacier and Australia's Indian Ocean territories stay
 * unassigned: no data set's party is meant by them.
 */
export const NAME_TO_ALPHA2 = { Kosovo: 'XK' };

export const alpha2 = (id, name) => NUMERIC_TO_ALPHA2[id] ?? NAME_TO_ALPHA2[name] ?? '';

const worldSize = (zoom) => 256 * 2 ** zoom;
const MAX_LATITUDE = 85.0511287798;

/** Web Mercator pixels at `zoom`: x from 0 at 180°W to worldSize at 180°E, y from 0 at the top. */
export function mercator([lon, lat], zoom) {
  const size = worldSize(zoom);
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  return [((lon + 180) / 360) * size, (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * size];
}

function latitudeOf(y, zoom) {
  const n = Math.PI - (2 * Math.PI * y) / worldSize(zoom);
  return (180 / Math.PI) * Math.atan(Math.sinh(n));
}

/** Makes x continuous along a line that crosses the antimeridian: no step longer than half the world. */
function unwrap(points, size) {
  const out = [];
  let shift = 0;
  for (let i = 0; i < points.length; i++) {
    const [x, y] = points[i];
    if (i > 0) {
      const step = x + shift - out[i - 1][0];
      if (step > size / 2) shift -= size;
      else if (step < -size / 2) shift += size;
    }
    out.push([x + shift, y]);
  }
  return out;
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

/**
 * Projects and simplifies the topology's arcs in place, before they become polygons: a border shared by two
 * countries is one arc, so both sides get the same simplified line and no slivers or gaps open between neighbours.
 */
function projectTopology(topology, zoom, tolerance) {
  const { scale, translate } = topology.transform;
  topology.arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const points = arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return mercator([x * scale[0] + translate[0], y * scale[1] + translate[1]], zoom);
    });
    return simplify(unwrap(points, worldSize(zoom)), tolerance);
  });
  delete topology.transform;
  return topology;
}

/** Twice the signed area, in square pixels. */
function doubleArea(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i];
    const [bx, by] = ring[(i + 1) % ring.length];
    sum += ax * by - bx * ay;
  }
  return sum;
}

/** Whole pixels, no point twice in a row, no closing point (the path's `z` closes it). */
function roundRing(points) {
  const out = [];
  for (const [x, y] of points) {
    const point = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  while (out.length > 1 && out[0][0] === out.at(-1)[0] && out[0][1] === out.at(-1)[1]) out.pop();
  return out;
}

/**
 * A ring with x made continuous across the antimeridian (Chukotka runs on east of x = worldSize instead of jumping
 * back to 0), so no edge streaks across the world and no seam is cut through the land; the map draws the world once
 * per copy in view, so land past either edge shows where it belongs. A ring around a pole (Antarctica: its ends are
 * then a world apart) is closed along the edge of the map. Open: the path's `z` closes it.
 */
export function continuousRing(ring, size) {
  let points = unwrap(ring, size);
  const first = points[0];
  const last = points[points.length - 1];
  if (Math.abs(last[0] - first[0]) > size / 2) {
    const edge = points.reduce((sum, p) => sum + p[1], 0) / points.length > size / 2 ? size : 0;
    // Along the edge in quarter-world steps: no edge of the ring spans half the world.
    const along = [];
    const steps = Math.ceil(Math.abs(first[0] - last[0]) / (size / 4));
    for (let i = 0; i <= steps; i++) along.push([last[0] + ((first[0] - last[0]) * i) / steps, edge]);
    points = [...points, ...along];
  } else if (first[0] === last[0] && first[1] === last[1]) {
    points = points.slice(0, -1);
  }
  return points;
}

/** The ring moved by whole worlds so that the middle of its x span is nearest `centre`. */
function shiftNear(points, centre, size) {
  const xs = points.map((p) => p[0]);
  const middle = (Math.min(...xs) + Math.max(...xs)) / 2;
  const shift = Math.round((centre - middle) / size) * size;
  return shift === 0 ? points : points.map(([x, y]) => [x + shift, y]);
}

/** SVG path data: absolute start, relative whole-pixel steps, closed. */
function pathData(rings) {
  let d = '';
  for (const ring of rings) {
    d += `M${ring[0][0]} ${ring[0][1]}l`;
    for (let i = 1; i < ring.length; i++) {
      const dx = ring[i][0] - ring[i - 1][0];
      const dy = ring[i][1] - ring[i - 1][1];
      d += `${i > 1 && dx >= 0 ? ' ' : ''}${dx}${dy >= 0 ? ' ' : ''}${dy}`;
    }
    d += 'z';
  }
  return d;
}

/**
 * The west, south, east and north of a country's land in degrees, east beyond 180° when the country reaches across
 * the antimeridian: the narrowest span of longitudes holding every point (Russia 19°E to 169°W is 19…191).
 */
function countryBounds(xs, ys, zoom) {
  const size = worldSize(zoom);
  const sorted = [...new Set(xs.map((x) => ((x % size) + size) % size))].sort((a, b) => a - b);
  let gap = sorted[0] + size - sorted[sorted.length - 1];
  let west = sorted[0];
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] - sorted[i - 1] > gap) {
      gap = sorted[i] - sorted[i - 1];
      west = sorted[i];
    }
  }
  const east = west + size - gap;
  const lon = (x) => Math.round(((x / size) * 360 - 180) * 10) / 10;
  const lat = (y) => Math.round(latitudeOf(y, zoom) * 10) / 10;
  return [lon(west), lat(Math.max(...ys)), lon(east), lat(Math.min(...ys))];
}

/** A level's land as pieces, one per polygon with its holes, in whole pixels at the level's zoom, by country. */
export function buildLevel({ source, zoom, tolerance, minArea }) {
  const topology = projectTopology(
    JSON.parse(readFileSync(require.resolve(`world-atlas/${source}`), 'utf8')),
    zoom,
    tolerance,
  );
  const size = worldSize(zoom);
  const countries = [];
  for (const country of feature(topology, topology.objects.countries).features) {
    const geometry = country.geometry;
    if (!geometry) continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const pieces = [];
    const xs = [];
    const ys = [];
    for (const polygon of polygons) {
      // Each polygon's outer ring has its middle inside the world (0 ≤ x < worldSize); its holes go with it.
      const outer = roundRing(shiftNear(continuousRing(polygon[0], size), size / 2, size));
      if (outer.length < 3 || Math.abs(doubleArea(outer)) / 2 < minArea) continue;
      const middle = (Math.min(...outer.map((p) => p[0])) + Math.max(...outer.map((p) => p[0]))) / 2;
      const holes = polygon
        .slice(1)
        .map((ring) => roundRing(shiftNear(continuousRing(ring, size), middle, size)))
        .filter((ring) => ring.length >= 3 && Math.abs(doubleArea(ring)) / 2 >= minArea);
      pieces.push([outer, ...holes]);
      for (const [x, y] of outer) {
        xs.push(x);
        ys.push(y);
      }
    }
    if (pieces.length === 0) continue;
    const name = country.properties?.name ?? '';
    const id = String(country.id ?? '');
    countries.push({ id, iso: alpha2(id, name), name, pieces, bounds: countryBounds(xs, ys, zoom) });
  }
  countries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.name < b.name ? -1 : 1));
  return { zoom, size, countries };
}

/** The detail level's pieces grouped into regions; each region's box is what its pieces cover, in its pixels. */
export function detailRegions(level) {
  const regions = Array.from({ length: REGION_COLUMNS * REGION_ROWS }, () => ({
    box: [Infinity, Infinity, -Infinity, -Infinity],
    countries: new Map(),
  }));
  for (const country of level.countries) {
    for (const piece of country.pieces) {
      const xs = piece[0].map((p) => p[0]);
      const ys = piece[0].map((p) => p[1]);
      const [x0, y0, x1, y1] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      const column = Math.min(REGION_COLUMNS - 1, Math.floor(((x0 + x1) / 2 / level.size) * REGION_COLUMNS));
      const row = Math.min(REGION_ROWS - 1, Math.floor(((y0 + y1) / 2 / level.size) * REGION_ROWS));
      const region = regions[row * REGION_COLUMNS + column];
      region.box = [
        Math.min(region.box[0], x0),
        Math.min(region.box[1], y0),
        Math.max(region.box[2], x1),
        Math.max(region.box[3], y1),
      ];
      const key = `${country.id}|${country.name}`;
      if (!region.countries.has(key)) region.countries.set(key, { ...country, pieces: [] });
      region.countries.get(key).pieces.push(piece);
    }
  }
  return regions
    .filter((region) => region.countries.size > 0)
    .map((region) => ({ box: region.box, countries: [...region.countries.values()] }));
}

/** Left, top, right, bottom of the outer rings of `countries`. */
function levelBox(countries) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const country of countries)
    for (const piece of country.pieces)
      for (const [x, y] of piece[0]) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
  return box;
}

const banner = '// Generated by scripts/vendor-map-assets.mjs: do not edit.';
const worldAtlas = () => `world-atlas ${require('world-atlas/package.json').version}`;
const countryLine = (c) =>
  `    { iso: ${JSON.stringify(c.iso)}, name: ${JSON.stringify(c.name)}, d: ${JSON.stringify(pathData(c.pieces.flat()))} },`;

function generateBasemap() {
  const world = buildLevel(LEVELS.world);
  const detail = buildLevel(LEVELS.detail);
  const regions = detailRegions(detail);
  const files = {};
  const bounds = world.countries
    .filter((c) => c.iso)
    .map((c) => `  ${c.iso}: ${JSON.stringify(c.bounds)},`)
    // Countries in two shapes in 1:110m (none today) would give two lines; the first wins.
    .filter((line, i, all) => all.findIndex((other) => other.slice(0, 5) === line.slice(0, 5)) === i);
  files['src/map/generated/basemap.ts'] = `${banner}
// Country shapes from Natural Earth 1:110m (public domain) via ${worldAtlas()}, simplified along shared borders
// (${LEVELS.world.tolerance} px), continuous across the antimeridian and pre-projected: SVG path data in Web Mercator pixels at zoom ${LEVELS.world.zoom}.
// iso is the ISO 3166-1 alpha-2 code ('' for the few shapes that have none). The 1:50m shapes are in
// basemap-detail-*.ts, one chunk per region, fetched when a map is zoomed in to DETAIL_FROM_ZOOM over the region.

export interface BasemapCountry {
  readonly iso: string;
  readonly name: string;
  /** Path data in pixels of the level's zoom; each ring's middle is inside the world, 0 ≤ x < its width. */
  readonly d: string;
}

export interface BasemapLevel {
  /** The zoom the path data is in pixels of. */
  readonly zoom: number;
  /** What the shapes cover: left, top, right, bottom in its pixels (beyond the world's width across the antimeridian). */
  readonly box: readonly [number, number, number, number];
  readonly countries: readonly BasemapCountry[];
}

export interface DetailRegion {
  /** What the region's shapes cover: left, top, right, bottom in pixels at DETAIL_ZOOM. */
  readonly box: readonly [number, number, number, number];
  readonly load: () => Promise<readonly BasemapCountry[]>;
}

export const DETAIL_FROM_ZOOM = ${DETAIL_FROM_ZOOM};
export const DETAIL_ZOOM = ${LEVELS.detail.zoom};

export const WORLD: BasemapLevel = {
  zoom: ${LEVELS.world.zoom},
  box: ${JSON.stringify(levelBox(world.countries))},
  countries: [
${world.countries.map(countryLine).join('\n')}
  ],
};

/** Each country's west, south, east, north in degrees (east beyond 180 across the antimeridian), for fitting a view. */
export const COUNTRY_BOUNDS: Readonly<Record<string, readonly [number, number, number, number]>> = {
${bounds.join('\n')}
};

export const DETAIL_REGIONS: readonly DetailRegion[] = [
${regions
  .map(
    (region, i) =>
      `  { box: ${JSON.stringify(region.box)}, load: () => import('./basemap-detail-${i}.js').then((m) => m.COUNTRIES) },`,
  )
  .join('\n')}
];
`;
  regions.forEach((region, i) => {
    files[`src/map/generated/basemap-detail-${i}.ts`] = `${banner}
// Natural Earth 1:50m (public domain) via ${worldAtlas()}: the land whose centre lies in region ${i} of a ${REGION_COLUMNS} × ${REGION_ROWS} grid,
// simplified along shared borders (${LEVELS.detail.tolerance} px), continuous across the antimeridian, in Web Mercator pixels at zoom ${LEVELS.detail.zoom}.
import type { BasemapCountry } from './basemap.js';

export const COUNTRIES: readonly BasemapCountry[] = [
${region.countries.map(countryLine).join('\n')}
];
`;
  });
  return files;
}

let generated = null;
const basemapFile = (path) => () => (generated ??= generateBasemap())[path];

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
  ...Object.fromEntries(Object.keys((generated ??= generateBasemap())).map((path) => [path, basemapFile(path)])),
  'src/map/generated/leaflet-css.ts': leafletCssModuleText,
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, make] of Object.entries(outputs)) {
    const text = make();
    writeFileSync(new URL(path, root), text);
    console.log(`wrote ${path} (${(text.length / 1024).toFixed(1)} kB)`);
  }
}
