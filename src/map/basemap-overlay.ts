import * as L from './leaflet.js';
import type { Party } from '../data/types.js';
import { countryRole, loadProjectedBasemap, type ProjectedBasemap } from './basemap.js';

export type BasemapKind = 'countries' | 'none';

/**
 * The bundled country shapes as one SVG overlay under everything else, loaded once per map. The parties' countries
 * stand out; they are restyled in place when the data set changes, never redrawn.
 */
export class BasemapOverlay {
  readonly #map: L.Map;
  readonly #parties: () => readonly Party[] | undefined;
  readonly #onShown: () => void;
  readonly #onFailed: (where: string) => void;
  /** The shapes could not be loaded: nothing to wait for, and a notice says so. */
  #failed = false;
  #layer: L.SVGOverlay | null = null;
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

  show(kind: BasemapKind): void {
    if (kind === this.#kind) return;
    this.#kind = kind;
    this.#layer?.remove();
    this.#layer = null;
    const request = ++this.#request;
    if (kind === 'none') return;
    this.#failed = false;
    loadProjectedBasemap().then(
      (shapes) => {
        if (request !== this.#request) return;
        this.#layer = this.#overlay(shapes).addTo(this.#map);
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
    this.#color(this.#layer?.getElement());
  }

  dispose(): void {
    this.#request++;
  }

  #overlay(shapes: ProjectedBasemap): L.SVGOverlay {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', `0 0 ${shapes.width} ${shapes.height}`);
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('aria-hidden', 'true');
    svg.classList.add('basemap');
    for (const country of shapes.countries) {
      const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      path.setAttribute('d', country.d);
      path.dataset.country = country.iso;
      svg.append(path);
    }
    this.#color(svg);
    const [[south, west], [north, east]] = shapes.bounds;
    return L.svgOverlay(svg, L.latLngBounds([south, west], [north, east]), {
      pane: 'relations-basemap',
      interactive: false,
    });
  }

  #color(svg: SVGElement | undefined): void {
    const parties = this.#parties();
    for (const path of svg?.querySelectorAll<SVGPathElement>('path') ?? []) {
      const role = countryRole(path.dataset.country ?? '', parties);
      path.setAttribute('class', `country country-${role === 0 ? 'other' : `party-${role}`}`);
    }
  }
}
