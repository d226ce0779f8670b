import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CountryProperties } from './generated/basemap.js';

export type Basemap = FeatureCollection<Polygon | MultiPolygon, CountryProperties>;

let loading: Promise<Basemap> | null = null;

/**
 * The bundled country shapes, loaded on first use (a separate chunk in module builds, inlined in the single-file
 * bundle). The promise is shared: the shapes are immutable, so two maps can draw the same collection.
 */
export function loadBasemap(): Promise<Basemap> {
  loading ??= import('./generated/basemap.js').then(
    (module) => module.BASEMAP,
    (error: unknown) => {
      // A chunk that could not be fetched (not copied beside the bundle, offline): a later map may try again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Which countries are drawn as parties (1, 2) and which as the quiet rest (0). */
export function countryRole(iso: string, parties: readonly { readonly country: string }[] | undefined): 0 | 1 | 2 {
  const index = (parties ?? []).findIndex((p) => p.country.toUpperCase() === iso.toUpperCase());
  return index === 0 ? 1 : index === 1 ? 2 : 0;
}

/** Web Mercator world width in pixels at the zoom the shapes are projected at (zoom 6: ~2.4 km a pixel). */
const WORLD = 256 * 2 ** 6;

function mercator(lon: number, lat: number): [number, number] {
  const phi = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
  return [((lon + 180) / 360) * WORLD, (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * WORLD];
}

export interface ProjectedCountry {
  readonly iso: string;
  readonly name: string;
  /** SVG path data in the box's pixel space at the reference zoom. */
  readonly d: string;
}

export interface ProjectedBasemap {
  /** [[south, west], [north, east]]: where the SVG goes on the map. */
  readonly bounds: readonly [readonly [number, number], readonly [number, number]];
  readonly width: number;
  readonly height: number;
  readonly countries: readonly ProjectedCountry[];
}

/**
 * The shapes projected once into SVG path data. Drawn as one SVG overlay that Leaflet only moves and scales, the
 * basemap costs nothing per frame, where a GeoJSON layer would re-project and re-clip every country on every zoom.
 */
export function projectBasemap(collection: Basemap): ProjectedBasemap {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const eachRing = (f: Basemap['features'][number], visit: (ring: number[][]) => void) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) visit(ring);
  };
  for (const f of collection.features) {
    eachRing(f, (ring) => {
      for (const [lon, lat] of ring) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    });
  }
  const [x0, y0] = mercator(west, north);
  const [x1, y1] = mercator(east, south);
  const countries = collection.features.map((f) => {
    const parts: string[] = [];
    eachRing(f, (ring) => {
      let d = '';
      ring.forEach(([lon, lat], i) => {
        const [x, y] = mercator(lon, lat);
        d += `${i === 0 ? 'M' : 'L'}${Math.round((x - x0) * 10) / 10} ${Math.round((y - y0) * 10) / 10}`;
      });
      parts.push(`${d}Z`);
    });
    return { iso: f.properties.iso, name: f.properties.name, d: parts.join('') };
  });
  return {
    bounds: [
      [south, west],
      [north, east],
    ],
    width: x1 - x0,
    height: y1 - y0,
    countries,
  };
}

let projecting: Promise<ProjectedBasemap> | null = null;

/** The projected basemap, computed once and shared (it is immutable). */
export function loadProjectedBasemap(): Promise<ProjectedBasemap> {
  projecting ??= loadBasemap()
    .then(projectBasemap)
    .catch((error: unknown) => {
      projecting = null;
      throw error;
    });
  return projecting;
}
