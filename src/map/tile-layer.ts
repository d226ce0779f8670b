import * as L from './leaflet.js';
import { safeUrl } from '../data/safe-url.js';
import { tileTemplateProblem } from './tile-template.js';

/** Optional raster tiles over the bundled shapes: only valid http(s) templates; a bad one or a failure is reported, not thrown. */
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
    if (!template) return;
    // The placeholders are not URL characters; the rest of the template must be a safe URL.
    const problem =
      tileTemplateProblem(template) ?? (safeUrl(template.replace(/[{}]/g, '_')) ? null : 'it is not a safe URL');
    if (problem) {
      console.warn(`<relations-map>: the tiles template "${template}" is not used: ${problem}.`);
      this.#onFailed(true);
      return;
    }
    const url = template;
    const layer = L.tileLayer(url, { maxZoom: 16, crossOrigin: true });
    layer.on('tileerror', () => this.#onFailed(true));
    this.#layer = layer.addTo(this.#map);
  }
}
