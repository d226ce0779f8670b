import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { safeUrl } from '../data/safe-url.js';

/** Optional raster tiles over the bundled shapes: only http(s) templates, and a failure reported, not thrown. */
export class TileBackdrop {
  readonly #map: L.Map;
  readonly #onFailed: (failed: boolean) => void;
  #layer: L.TileLayer | null = null;
  #template: string | null | undefined = undefined;

  constructor(map: L.Map, onFailed: (failed: boolean) => void) {
    this.#map = map;
    this.#onFailed = onFailed;
  }

  show(template: string | null): void {
    if (template === this.#template) return;
    this.#template = template;
    this.#layer?.remove();
    this.#layer = null;
    this.#onFailed(false);
    // The placeholders are not URL characters; the rest of the template must be a safe URL.
    const url = template ? safeUrl(template.replace(/[{}]/g, '_')) && template : null;
    if (!url || !/^https?:/i.test(url)) return;
    const layer = L.tileLayer(url, { maxZoom: 16, crossOrigin: true });
    layer.on('tileerror', () => this.#onFailed(true));
    this.#layer = layer.addTo(this.#map);
  }
}
