import type * as L from './leaflet.js';
import type { Party } from '../data/types.js';
import { countryRole, loadBasemap, type BasemapModule } from './basemap.js';
import type { BasemapLayer } from './basemap-layer.js';

export type BasemapKind = 'countries' | 'none';

/**
 * The bundled country shapes under everything else, loaded once per map. The parties' countries stand out; they are
 * restyled in place when the data set changes, never redrawn.
 */
export class BasemapOverlay {
  readonly #map: L.Map;
  readonly #parties: () => readonly Party[] | undefined;
  readonly #onShown: () => void;
  readonly #onFailed: (where: string) => void;
  /** The shapes could not be loaded: nothing to wait for, and a notice says so. */
  #failed = false;
  #layer: BasemapLayer | null = null;
  #shapes: BasemapModule | null = null;
  #kind: BasemapKind | null = null;
  /** Answers to older requests (another kind asked for since, or the map removed) are dropped. */
  #request = 0;

  constructor(
    map: L.Map,
    options: { parties: () => readonly Party[] | undefined; onShown: () => void; onFailed: (where: string) => void },
  ) {
    this.#map = map;
    this.#parties = options.parties;
    this.#onShown = options.onShown;
    this.#onFailed = options.onFailed;
    map.createPane('relations-basemap').style.zIndex = '150';
  }

  /** Whether what was asked for is on the map (nothing to wait for with `none`). */
  get shown(): boolean {
    return this.#kind === 'none' || !!this.#layer || this.#failed;
  }

  /** A country's west, south, east, north in degrees (east beyond 180 across the antimeridian), once loaded. */
  countryBounds(iso: string): readonly [number, number, number, number] | undefined {
    return this.#shapes?.COUNTRY_BOUNDS[iso.toUpperCase()];
  }

  show(kind: BasemapKind): void {
    if (kind === this.#kind) return;
    this.#kind = kind;
    this.#layer?.remove();
    this.#layer = null;
    const request = ++this.#request;
    if (kind === 'none') return;
    this.#failed = false;
    // The layer that draws the shapes comes with them, fetched beside them: a map without countries never needs it.
    Promise.all([loadBasemap(), import('./basemap-layer.js')]).then(
      ([shapes, { BasemapLayer }]) => {
        if (request !== this.#request) return;
        this.#shapes = shapes;
        this.#layer = new BasemapLayer(shapes, {
          pane: 'relations-basemap',
          color: (paths) => this.#color(paths),
        }).addTo(this.#map);
        this.#onShown();
      },
      (error: unknown) => {
        if (request !== this.#request) return;
        this.#failed = true;
        // "Failed to fetch dynamically imported module: https://…/relations-atlas.basemap-….js": name that file.
        const url = /\b(?:https?:\/\/|\/)\S+\.js\b/.exec(String(error instanceof Error ? error.message : error))?.[0];
        this.#onFailed(url ?? 'the folder of the bundle');
        this.#onShown();
      },
    );
  }

  recolor(): void {
    if (this.#layer) this.#color(this.#layer.paths);
  }

  dispose(): void {
    this.#request++;
  }

  #color(paths: Iterable<SVGPathElement>): void {
    const parties = this.#parties();
    for (const path of paths) {
      const role = countryRole(path.dataset.country ?? '', parties);
      path.setAttribute('class', `country country-${role === 0 ? 'other' : `party-${role}`}`);
    }
  }
}
