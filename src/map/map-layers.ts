import type * as L from './leaflet.js';
import type { SelectionController } from '../common/selection-controller.js';
import type { LoadedDataset } from '../data/loaded.js';
import type { Party, Place } from '../data/types.js';
import { BasemapOverlay } from './basemap-overlay.js';
import { clusterColors, ClusterView } from './cluster-view.js';
import type { ClusterIndex } from './grid-cluster.js';
import type { Box } from './label-pick.js';
import { LinkLayers } from './link-layers.js';
import type { PlaceEntry, PlaceIndex } from './place-index.js';
import { PlaceMarkers, type MarkerLook } from './place-markers.js';
import { PlaceTooltip } from './place-tooltip.js';
import { placeHasEvents, placesWithVisibleEvents } from './place-visibility.js';
import { TileBackdrop } from './tile-layer.js';

type TimeRange = { readonly start: number; readonly end: number };

/** The places with a visible event, and the data, filters and range they were computed for. */
interface VisibleCache {
  readonly key: readonly unknown[];
  readonly places: Uint8Array | null;
}

/** What the layers read from the element that owns them. */
export interface MapLayersHost {
  readonly element: Element;
  lang(): string;
  readonly selection: Pick<
    SelectionController,
    'highlighted' | 'hovered' | 'hidden' | 'matches' | 'range' | 'selection'
  >;
  data(): LoadedDataset | null;
  parties(): readonly Party[] | undefined;
  /** The place with the keyboard focus. */
  focused(): PlaceEntry | null;
  fadesOutOfRange(): boolean;
  /** What is drawn over the map (zoom buttons, legend), in container pixels: no label goes under it. */
  overlays(): readonly Box[];
  /** The map's font family, which labels are measured in. */
  font(): string;
  /** Whether the map is laid out right to left (labels then go left of their markers first). */
  rtl(): boolean;
  onMarkerClick(entry: PlaceEntry): void;
  onMarkerPointer(entry: PlaceEntry | null): void;
  onBasemapShown(): void;
  onBasemapFailed(where: string): void;
  onTilesFailed(failed: boolean): void;
}

/**
 * Everything drawn on one Leaflet map, created with it and dropped with it: basemap, tiles, links, place markers
 * (or groups for a large data set), the tooltip; restyled in place when the highlight, filter or range change.
 */
export class MapLayers {
  readonly basemap: BasemapOverlay;
  readonly tiles: TileBackdrop;
  readonly links: LinkLayers;
  readonly markers: PlaceMarkers;
  readonly tooltip: PlaceTooltip;
  readonly #map: L.Map;
  readonly #host: MapLayersHost;
  #clusters: ClusterView | null = null;
  #places: PlaceIndex | null = null;
  #dataset: LoadedDataset | null = null;
  #dragging = false;
  /** Inside `batch`: how deep, and what to do once at its end. */
  #batching = 0;
  #spreadDue = false;
  #relabelDue = false;

  constructor(map: L.Map, host: MapLayersHost) {
    this.#map = map;
    this.#host = host;
    this.basemap = new BasemapOverlay(map, {
      parties: () => host.parties(),
      onShown: () => host.onBasemapShown(),
      onFailed: (where) => host.onBasemapFailed(where),
    });
    this.tiles = new TileBackdrop(map, (failed) => host.onTilesFailed(failed));
    this.links = new LinkLayers(map);
    this.markers = new PlaceMarkers(
      map,
      { onClick: (entry) => host.onMarkerClick(entry), onPointer: (entry) => host.onMarkerPointer(entry) },
      () => host.lang(),
    );
    this.tooltip = new PlaceTooltip(map, () => host.lang());
    map.on('click', (event) => {
      const group = this.#clusters?.itemAt(event.containerPoint);
      if (group) this.#clusters?.expand(group);
    });
    map.on('dragstart', () => (this.#dragging = true));
    map.on('dragend', () => (this.#dragging = false));
    map.on('zoomend', () => this.afterZoom());
    map.on('moveend', () => this.#afterMove());
  }

  /** The places drawn now (null before the first draw). */
  get places(): PlaceIndex | null {
    return this.#places;
  }

  get clusters(): ClusterView | null {
    return this.#clusters;
  }

  /** The reader is dragging the map: a selection elsewhere must not pull it away. */
  get dragging(): boolean {
    return this.#dragging;
  }

  dispose(): void {
    this.basemap.dispose();
  }

  /**
   * Runs `work` and then spreads and labels the markers once, however often `work` (and the map events it sets off)
   * asked for it: each relabel reads the layout, which markers just added have invalidated.
   */
  batch(work: () => void): void {
    this.#batching++;
    try {
      work();
    } finally {
      if (--this.#batching === 0) {
        const [spread, relabel] = [this.#spreadDue, this.#relabelDue];
        this.#spreadDue = this.#relabelDue = false;
        if (spread) this.markers.spread();
        if (spread || relabel) this.relabel();
      }
    }
  }

  /** Whether `data` is another data set than the one drawn. */
  isNew(data: LoadedDataset | null): boolean {
    return data !== this.#dataset;
  }

  /** Takes the markers and groups off, before the view for new places is fitted. */
  clear(): void {
    this.markers.clear();
    this.#clusters?.remove();
    this.#clusters = null;
  }

  /** Draws a new index of places; true when it belongs to another data set than the last. */
  draw(places: PlaceIndex, clusterIndex: ClusterIndex | null): boolean {
    const data = this.#host.data();
    const newDataset = data !== this.#dataset;
    this.clear();
    this.#places = places;
    this.#dataset = data;
    // Party colours depend on the data set.
    if (newDataset) this.basemap.recolor();
    this.links.drawLinks(data, this.#placeOf);
    if (!data) this.links.drawVisits(null, null, this.#placeOf);
    else if (clusterIndex) {
      this.#clusters = new ClusterView(this.#map, clusterIndex, (slot) => places.entry(slot), this.markers, {
        addMarker: (entry) => this.markers.add(entry, this.#lookOf(entry)),
        colors: () => clusterColors(this.#host.element),
      });
    } else {
      for (let slot = 0; slot < places.size; slot++) {
        const entry = places.entry(slot);
        this.markers.add(entry, this.#lookOf(entry));
      }
    }
    return newDataset;
  }

  /** Shows the highlight: groups let highlighted places out, markers restyled, the selected visits drawn. */
  highlight(): void {
    this.batch(() => {
      if (this.#clusters) this.afterZoom();
      this.restyleAll();
      this.links.drawVisits(this.#host.data(), this.#host.selection.selection, this.#placeOf);
    });
  }

  afterZoom(): void {
    if (!this.#clusters || this.#clusters.update(this.#highlightedEntries())) this.#respread();
  }

  #afterMove(): void {
    if (!this.#clusters) this.relabel();
    else if (this.#clusters.update(this.#highlightedEntries())) this.#respread();
  }

  restyle(entry: PlaceEntry): void {
    this.markers.restyle(entry, this.#lookOf(entry));
  }

  restyleAll(): void {
    for (const entry of this.markers.entries) this.restyle(entry);
    this.links.highlightLinks(this.#host.selection.highlighted);
    this.relabel();
  }

  showHover(): void {
    const hovered = this.#host.selection.hovered;
    this.markers.toggleAll('data-hovered', (entry) => hovered.has(entry.place.id));
  }

  showRange(): void {
    if (this.#host.fadesOutOfRange()) this.markers.toggleAll('data-faded', (entry) => this.#isFaded(entry));
  }

  relabel(): void {
    if (this.#batching) {
      this.#relabelDue = true;
      return;
    }
    const highlighted = this.#host.selection.highlighted;
    const focused = this.#host.focused();
    this.markers.label(
      (entry) => !this.#isFiltered(entry),
      (entry) => highlighted.has(entry.place.id) || entry === focused,
      this.#host.overlays(),
      this.#host.rtl(),
      this.#host.font(),
    );
  }

  /** The drawn places the keyboard can reach: those the filter leaves. */
  focusable(): PlaceEntry[] {
    return [...this.markers.entries].filter((entry) => !this.#isFiltered(entry));
  }

  showTooltip(entry: PlaceEntry | null): void {
    if (entry) this.tooltip.show(entry, this.markers.offset(entry));
    else this.tooltip.hide();
  }

  readonly #placeOf = (id: string): Place | undefined => this.#places?.get(id)?.place;

  #respread(): void {
    if (this.#batching) {
      this.#spreadDue = true;
      return;
    }
    this.markers.spread();
    this.relabel();
  }

  #highlightedEntries(): PlaceEntry[] {
    const highlighted = this.#host.selection.highlighted;
    if (highlighted.size === 0) return [];
    return [...highlighted].flatMap((id) => this.#places?.get(id) ?? []);
  }

  /** Which places have a visible event, for the filters (and the range) in force; computed once for all markers. */
  #visibleFor(range: TimeRange | null): Uint8Array | null {
    const data = this.#host.data();
    if (!data) return null;
    const { hidden, matches } = this.#host.selection;
    const key = [data, hidden, matches, range];
    const cache = range ? this.#inRange : this.#shown;
    if (cache.key.length && key.every((value, i) => value === cache.key[i])) return cache.places;
    const places = placesWithVisibleEvents(data, hidden, matches, range);
    if (range) this.#inRange = { key, places };
    else this.#shown = { key, places };
    return places;
  }

  #shown: VisibleCache = { key: [], places: null };
  #inRange: VisibleCache = { key: [], places: null };

  // A place's events are looked up only while a filter, search or range is on: the first paint needs none of them.
  #isFiltered(entry: PlaceEntry): boolean {
    const { hidden, matches } = this.#host.selection;
    if (!hidden && !matches) return false;
    const data = this.#host.data();
    return !!data && placeHasEvents(data, entry.index) && !this.#visibleFor(null)?.[entry.index];
  }

  #isFaded(entry: PlaceEntry): boolean {
    const { range } = this.#host.selection;
    if (!range || !this.#host.fadesOutOfRange()) return false;
    const data = this.#host.data();
    return !!data && placeHasEvents(data, entry.index) && !this.#visibleFor(range)?.[entry.index];
  }

  #lookOf(entry: PlaceEntry): MarkerLook {
    const { highlighted, hovered } = this.#host.selection;
    const id = entry.place.id;
    return {
      highlighted: highlighted.has(id),
      hovered: hovered.has(id),
      focused: this.#host.focused() === entry,
      faded: this.#isFaded(entry),
      filtered: this.#isFiltered(entry),
    };
  }
}
