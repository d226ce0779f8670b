/** Curved lines between two places, computed in Web Mercator so they bend the same way on screen at every zoom. */

export type LatLngTuple = readonly [lat: number, lng: number];

const MAX_LAT = 85.05112878;

function project([lat, lng]: LatLngTuple): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(lng * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

function unproject([x, y]: readonly [number, number]): [number, number] {
  return [((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI, (x * 180) / Math.PI];
}

export interface ArcOptions {
  /** Sideways bulge as a share of the chord; positive bends to the left of the direction of travel. */
  readonly bend?: number;
  /** Number of straight pieces. */
  readonly segments?: number;
}

function control(a: [number, number], b: [number, number], bend: number): [number, number] {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  return [(a[0] + b[0]) / 2 - dy * bend, (a[1] + b[1]) / 2 + dx * bend];
}

/** A quadratic Bézier from `from` to `to`, as `segments + 1` [lat, lng] points (both ends included). */
export function arcPoints(from: LatLngTuple, to: LatLngTuple, options: ArcOptions = {}): [number, number][] {
  const { bend = 0.2, segments = 32 } = options;
  const a = project(from);
  const b = project(to);
  const c = control(a, b, bend);
  const points: [number, number][] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    points.push(
      unproject([u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]]),
    );
  }
  return points;
}

/**
 * Where an arrowhead goes on the arc at `t` (0 = origin, 1 = destination) and which way it points, in screen degrees
 * (0 = east, 90 = south). Mercator is conformal, so the angle holds at every zoom.
 */
export function arrowAt(
  from: LatLngTuple,
  to: LatLngTuple,
  t: number,
  options: Pick<ArcOptions, 'bend'> = {},
): { readonly at: [number, number]; readonly angle: number } {
  const a = project(from);
  const b = project(to);
  const c = control(a, b, options.bend ?? 0.2);
  const u = 1 - t;
  const at = unproject([
    u * u * a[0] + 2 * u * t * c[0] + t * t * b[0],
    u * u * a[1] + 2 * u * t * c[1] + t * t * b[1],
  ]);
  const dx = 2 * u * (c[0] - a[0]) + 2 * t * (b[0] - c[0]);
  const dy = 2 * u * (c[1] - a[1]) + 2 * t * (b[1] - c[1]);
  // Screen y grows downwards, Mercator y upwards.
  return { at, angle: (Math.atan2(-dy, dx) * 180) / Math.PI };
}

/** The direction the arc arrives in at `to`, in screen degrees. */
export function arrivalAngle(from: LatLngTuple, to: LatLngTuple, options: Pick<ArcOptions, 'bend'> = {}): number {
  return arrowAt(from, to, 1, options).angle;
}

/** Great-circle distance in kilometres, to skip arcs between places in the same city. */
export function distanceKm(a: LatLngTuple, b: LatLngTuple): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLng = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
