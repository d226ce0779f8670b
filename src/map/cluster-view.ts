import * as L from './leaflet.js';
import { ClusterCanvasLayer, type CanvasItem, type ClusterCanvasColors } from './cluster-canvas-layer.js';
import type { ClusterIndex, ClusterItem } from './grid-cluster.js';
import { reducedMotion } from './leaflet-map-controller.js';
import { byImportance, type PlaceEntry } from './place-index.js';
import type { PlaceMarkers } from './place-markers.js';

/** Above this many places the map clusters them and draws single markers only for what is in view. */
export const CLUSTER_ABOVE = 300;
/** At most this many single places are DOM markers; more in view are painted on the canvas. */
const MAX_DOM_MARKERS = 80;

export interface ClusterViewOptions {
  /** Draws a place as a marker, styled as it should look now. */
  addMarker(entry: PlaceEntry): void;
  colors(): ClusterCanvasColors;
}

/**
 * A large data set on the map: groups (and single places when too many are in view) painted on a canvas, and DOM
 * markers for the single places in view, keeping the markers that stay in view.
 */
export class ClusterView {
  readonly #map: L.Map;
  readonly #index: ClusterIndex;
  readonly #entryAt: (slot: number) => PlaceEntry;
  readonly #markers: PlaceMarkers;
  readonly #options: ClusterViewOptions;
  #canvas: ClusterCanvasLayer | null = null;
  /** The view last drawn for; a zoom fires both zoomend and moveend, and one query is enough. */
  #view: string | null = null;
  /** The highlighted places last drawn for: the same view and highlight need no new query. */
  #highlighted: readonly PlaceEntry[] = [];

  /** `entryAt(i)`: the place of the index's item `i`, made only for the places drawn as markers. */
  constructor(
    map: L.Map,
    index: ClusterIndex,
    entryAt: (slot: number) => PlaceEntry,
    markers: PlaceMarkers,
    options: ClusterViewOptions,
  ) {
    this.#map = map;
    this.#index = index;
    this.#entryAt = entryAt;
    this.#markers = markers;
    this.#options = options;
    if (!map.getPane('relations-clusters')) map.createPane('relations-clusters').style.zIndex = '580';
  }

  /**
   * Draws what is in view; false when the view is the one already drawn. Highlighted places in view stand out as
   * markers even inside a group, so a selection is always visible.
   */
  update(highlighted: readonly PlaceEntry[]): boolean {
    const map = this.#map;
    const zoom = map.getZoom();
    const inView = map.getBounds();
    const view = `${zoom}|${inView.toBBoxString()}`;
    if (view === this.#view && sameEntries(highlighted, this.#highlighted)) return false;
    this.#view = view;
    this.#highlighted = highlighted;
    const bounds = inView.pad(0.1);
    const items = this.#index.query([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom);
    const painted: CanvasItem[] = [];
    const singles: ClusterItem[] = [];
    for (const item of items) {
      if (item.kind === 'cluster')
        painted.push({ lat: item.lat, lng: item.lng, count: item.count, clusterId: item.clusterId });
      else singles.push(item);
    }
    const asMarkers = singles.length <= MAX_DOM_MARKERS;
    // Painted places need no entry: their items carry where they are.
    if (!asMarkers) for (const item of singles) painted.push({ lat: item.lat, lng: item.lng, count: 1 });
    const wanted = new Set<PlaceEntry>();
    if (asMarkers) for (const item of singles) if (item.kind === 'place') wanted.add(this.#entryAt(item.index));
    // The most important highlighted places first, within the same marker budget.
    const standOut = highlighted
      .filter((entry) => !wanted.has(entry) && bounds.contains([entry.place.lat, entry.place.lon]))
      .sort(byImportance);
    for (const entry of standOut.slice(0, MAX_DOM_MARKERS)) wanted.add(entry);
    // The colours are read before any marker is added: reading them after would compute the styles of those too.
    if (!this.#canvas) {
      this.#canvas = new ClusterCanvasLayer(this.#options.colors(), { pane: 'relations-clusters' });
      this.#canvas.addTo(map);
    }
    for (const entry of [...this.#markers.entries]) if (!wanted.has(entry)) this.#markers.remove(entry);
    for (const entry of wanted) if (!this.#markers.has(entry)) this.#options.addMarker(entry);
    this.#canvas.setItems(painted);
    return true;
  }

  itemAt(point: L.Point): CanvasItem | null {
    return this.#canvas?.itemAt(point) ?? null;
  }

  /** The group nearest the centre of the view, if it is in view. */
  nearestInView(): CanvasItem | null {
    const item = this.#canvas?.nearest(this.#map.getSize().divideBy(2)) ?? null;
    return item && this.#map.getBounds().contains([item.lat, item.lng]) ? item : null;
  }

  /** Zooms in until a group (or a crowd of painted places) falls apart into places. */
  expand(item: CanvasItem): void {
    const map = this.#map;
    const zoom = item.clusterId === undefined ? map.getZoom() + 2 : this.#index.expansionZoom(item.clusterId);
    map.setView([item.lat, item.lng], Math.min(zoom, map.getMaxZoom()), { animate: !reducedMotion() });
  }

  /** Groups painted for a previous data set must not stay clickable. */
  remove(): void {
    this.#canvas?.remove();
    this.#canvas = null;
  }
}

function sameEntries(a: readonly PlaceEntry[], b: readonly PlaceEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry === b[i]);
}

/** The canvas cannot read custom properties: the element's computed colours, read once per data set. */
export function clusterColors(element: Element): ClusterCanvasColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    fill: read('--_party-1', '#0b6e8a'),
    halo: read('--_halo', '#ffffff'),
    text: '#ffffff',
    font: read('font-family', 'system-ui, sans-serif'),
  };
}
