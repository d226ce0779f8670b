/**
 * The map's keys and the geometry of arrow-key moves, apart from Leaflet and the DOM: which action a key stands for,
 * and which place an arrow leads to from the focused one.
 */

export type MapKeyAction =
  | { readonly kind: 'move'; readonly dx: -1 | 0 | 1; readonly dy: -1 | 0 | 1 }
  | { readonly kind: 'activate' }
  | { readonly kind: 'zoom'; readonly by: 1 | -1 }
  | { readonly kind: 'clear' }
  | { readonly kind: 'fit-all' };

export interface KeyPress {
  readonly key: string;
  readonly altKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
}

const ACTIONS: Readonly<Record<string, MapKeyAction>> = {
  ArrowLeft: { kind: 'move', dx: -1, dy: 0 },
  ArrowRight: { kind: 'move', dx: 1, dy: 0 },
  ArrowUp: { kind: 'move', dx: 0, dy: -1 },
  ArrowDown: { kind: 'move', dx: 0, dy: 1 },
  Enter: { kind: 'activate' },
  ' ': { kind: 'activate' },
  // `=` and `_` are `+` and `-` without Shift on most layouts.
  '+': { kind: 'zoom', by: 1 },
  '=': { kind: 'zoom', by: 1 },
  '-': { kind: 'zoom', by: -1 },
  _: { kind: 'zoom', by: -1 },
  Escape: { kind: 'clear' },
  Home: { kind: 'fit-all' },
};

/** The action of a key press; null for keys the map leaves alone, and for every chord with Alt, Ctrl or Meta. */
export function mapKeyAction(press: KeyPress): MapKeyAction | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  return Object.hasOwn(ACTIONS, press.key) ? ACTIONS[press.key] : null;
}

/** A place where it is drawn, in container pixels. */
export interface ScreenPlace {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/**
 * The nearest place in the direction (dx, dy) from `from`, preferring those inside a cone around it (where the
 * sideways distance is at most 1.5 times the distance along); null when no place lies on that side.
 */
export function neighbourInDirection(
  from: ScreenPlace,
  places: readonly ScreenPlace[],
  dx: number,
  dy: number,
): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const place of places) {
    if (place.id === from.id) continue;
    const along = (place.x - from.x) * dx + (place.y - from.y) * dy;
    const across = Math.abs((place.x - from.x) * dy - (place.y - from.y) * dx);
    if (along <= 0) continue;
    // Places inside the cone come before those merely on that side.
    const score = along + across * 2 + (across > along * 1.5 ? 1e6 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = place.id;
    }
  }
  return best;
}
