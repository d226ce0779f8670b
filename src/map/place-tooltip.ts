import * as L from './leaflet.js';
import type { PlaceEntry } from './place-index.js';
import { tooltipDetail } from './place-text.js';
import type { Offset } from './spread.js';

/** One tooltip for all places (a tooltip object per marker would cost at scale), built from DOM nodes. */
export class PlaceTooltip {
  readonly #map: L.Map;
  #tooltip: L.Tooltip | null = null;

  readonly #lang: () => string;

  constructor(map: L.Map, lang: () => string) {
    this.#map = map;
    this.#lang = lang;
  }

  show(entry: PlaceEntry, offset: Offset): void {
    this.#tooltip ??= L.tooltip({ direction: 'top', opacity: 1, className: 'place-tooltip' });
    this.#tooltip.options.offset = L.point(offset[0], offset[1] - 10);
    this.#tooltip.setLatLng([entry.place.lat, entry.place.lon]).setContent(tooltipContent(entry, this.#lang()));
    this.#map.openTooltip(this.#tooltip);
  }

  hide(): void {
    if (this.#tooltip) this.#map.closeTooltip(this.#tooltip);
  }
}

function tooltipContent(entry: PlaceEntry, lang: string): HTMLElement {
  const root = document.createElement('div');
  const name = document.createElement('strong');
  name.textContent = entry.name;
  const detail = document.createElement('div');
  detail.className = 'tooltip-detail';
  detail.textContent = tooltipDetail(entry, lang);
  root.append(name, detail);
  return root;
}
