import { type PropertyDeclarations, html, nothing, type PropertyValues } from 'lit';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { RelationsDataView } from '../common/data-view.js';
import { DatasetLoader } from '../common/dataset-loader.js';
import { BusController } from '../bus/bus-controller.js';
import { RelationsErrorEvent, RelationsHoverEvent, RelationsReadyEvent, RelationsSelectEvent } from '../bus/dom-events.js';
import type { BusMessage, BusState } from '../bus/messages.js';
import type { Diagnostic } from '../data/diagnostics.js';
import { diagnosticLines } from '../data/diagnostics.js';
import type { LoadedDataset, LoadedEvent } from '../data/loaded.js';
import { localize } from '../data/localize.js';
import { safeUrl } from '../data/safe-url.js';
import { isEmptySelection, placeIdsOf, toSelection, type Selection } from '../data/selection.js';
import type { Place } from '../data/types.js';
import { categoryColor } from '../common/palette.js';
import { arcPoints, arrowAt, distanceKm } from './arc.js';
import { countryRole, loadProjectedBasemap, type ProjectedBasemap } from './basemap.js';
import { ClusterCanvasLayer, type CanvasItem, type ClusterCanvasColors } from './cluster-canvas-layer.js';
import { createGridIndex, type ClusterIndex } from './grid-cluster.js';
import { leafletStyles } from './generated/leaflet-css.js';
import { estimateLabelWidth, pickLabels } from './label-pick.js';
import { styles } from './map.styles.js';
import { arrowIcon, legendGlyph, placeIcon } from './marker-icon.js';
import { labelPriority, MARKER_SYMBOLS, partyOf, symbolOf, type MarkerSymbol } from './marker-symbol.js';
import { spreadOffsets } from './spread.js';

/** Above this many places the map clusters them and draws single markers only for what is in view. */
const CLUSTER_ABOVE = 300;
/** At most this many single places are DOM markers; more in view are painted on the canvas. */
const MAX_DOM_MARKERS = 80;
/** Twinning links beyond this many would be a tangle, and slow: then none are drawn. */
const MAX_DRAWN_LINKS = 1000;
/** Markers closer than this (px) are spread apart. */
const SPREAD_DISTANCE = 18;
const FIT_PADDING = L.point(48, 48);

interface PlaceEntry {
  readonly place: Place;
  readonly index: number;
  readonly symbol: MarkerSymbol;
  readonly party: 0 | 1 | 2;
  readonly name: string;
  readonly count: number;
  marker: L.Marker | null;
  label: HTMLElement | null;
  /** Pixel offset that keeps it apart from close neighbours at the current zoom. */
  offset: readonly [number, number];
}

const SYMBOL_NAMES: Record<MarkerSymbol, string> = {
  capital: 'Capital',
  embassy: 'Embassy',
  consulate: 'Consulate',
  'twin-city': 'Twinned place',
  venue: 'Venue',
  city: 'City or region',
};

/** Orders places most important first: capitals, then by their number of events. */
const byImportance = (a: PlaceEntry, b: PlaceEntry) => labelPriority(b.symbol, b.count) - labelPriority(a.symbol, a.count);
const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * @summary A Leaflet map of the places in a relations data set (capitals, embassies, twinned cities, venues) on a
 * bundled, offline basemap, highlighting what the other views select.
 *
 * Each individually drawn place marker element carries `data-place-id="<id>"` and, while highlighted, the boolean
 * attribute `data-highlighted`. Keyboard: Tab into the map, arrow keys move between places, Enter or Space selects,
 * `+` / `-` zoom, Escape clears the selection.
 *
 * @fires relations-select - the user selected a place (click, Enter) or cleared (Escape); detail `{eventIds, placeIds}`
 * @fires relations-hover - the pointer or keyboard focus is on a place (detail a selection) or left (`null`)
 * @fires relations-ready - the data set is drawn; detail `{places}` (places with coordinates)
 * @fires relations-error - loading failed or records were rejected; detail `{diagnostics}`
 *
 * @csspart map - the Leaflet container (the one tab stop)
 * @csspart legend - the symbol legend
 * @csspart zoom - the zoom buttons (for the mouse; the keyboard uses + and -)
 * @csspart notice - the "tiles unavailable" notice
 * @csspart status - loading and error messages
 * @csspart attribution - the tile attribution text
 *
 * @cssproperty [--relations-font=system-ui, sans-serif] - font of labels and legend
 * @cssproperty [--relations-map-height=420px] - height when the page sets none
 * @cssproperty [--relations-map-sea=#dfe6ec] - sea and background
 * @cssproperty [--relations-map-land=#f3f1ec] - countries other than the parties
 * @cssproperty [--relations-map-border=#c3c0b8] - country borders
 * @cssproperty [--relations-map-party-1=#0b6e8a] - the first party (its capital, its embassies)
 * @cssproperty [--relations-map-party-2=#b4452a] - the second party
 * @cssproperty [--relations-map-party-1-land=#f6e2c6] - the first party's country fill
 * @cssproperty [--relations-map-party-2-land=#f4d3c4] - the second party's country fill
 * @cssproperty [--relations-map-highlight=#d97706] - highlight ring
 * @cssproperty [--relations-map-link=#6b6f76] - twinning links
 * @tagname relations-map
 */
export class RelationsMap extends RelationsDataView {
  static override styles = [leafletStyles, styles];

  #bus = new BusController(this, {
    onMessage: (message, state) => this.#onBusMessage(message, state),
    onJoin: (state) => this.#applyState(state),
  });
  readonly #loader = new DatasetLoader(this, {
    onLoading: (loading) => (this.loading = loading),
    onResult: (result) => this.#accept(result),
  });
  #map: L.Map | null = null;
  #resizeObserver: ResizeObserver | null = null;
  #basemapLayer: L.SVGOverlay | null = null;
  #tileLayer: L.TileLayer | null = null;
  #linkLayer: L.LayerGroup | null = null;
  #arcLayer: L.LayerGroup | null = null;
  #markerLayer: L.LayerGroup | null = null;
  #canvasLayer: ClusterCanvasLayer | null = null;
  #tooltip: L.Tooltip | null = null;
  /** Entries with a marker on the map now. */
  #drawn = new Set<PlaceEntry>();
  #entries = new Map<string, PlaceEntry>();
  #entryList: PlaceEntry[] = [];
  #clusters: ClusterIndex | null = null;
  /** The symbols the legend explains, in legend order: computed once per data set, not on every render. */
  #symbolsPresent: readonly MarkerSymbol[] = [];
  /** The view the clusters were last drawn for; a zoom fires both zoomend and moveend, and one query is enough. */
  #clusterView: string | null = null;
  #drawnDataset: LoadedDataset | null = null;
  #readyFor: LoadedDataset | null = null;
  #viewSet = false;
  #dragging = false;
  #highlighted = new Set<string>();
  #hovered = new Set<string>();
  #selection: Selection | null = null;
  #categories: readonly string[] | null = null;
  #range: { start: number; end: number } | null = null;
  #focusedId: string | null = null;
  #legendGlyphs = new Map<MarkerSymbol, SVGSVGElement>();
  #basemapRequest = 0;

  static override properties: PropertyDeclarations = {
    basemap: { reflect: true },
    tiles: { reflect: true },
    attribution: { reflect: true },
    noFollow: { type: Boolean, reflect: true, attribute: 'no-follow' },
    noRangeFade: { type: Boolean, reflect: true, attribute: 'no-range-fade' },
    noLegend: { type: Boolean, reflect: true, attribute: 'no-legend' },
    tilesFailed: { state: true, attribute: false },
    activeDescendant: { state: true, attribute: false },
  };

  /** `countries` (the bundled shapes, default) or `none`. */
  declare basemap: 'countries' | 'none';
  /** Optional tile URL template (`https://…/{z}/{x}/{y}.png`), drawn over the bundled shapes. */
  declare tiles: string | null;
  /** Attribution for the tiles, shown as text. */
  declare attribution: string | null;
  /** Turns off panning and zooming to what other views highlight. */
  declare noFollow: boolean;
  /** Turns off fading places that have no event in the timeline's visible range. */
  declare noRangeFade: boolean;
  /** Hides the legend. */
  declare noLegend: boolean;

  declare tilesFailed: boolean;
  declare activeDescendant: string | null;

  constructor() {
    super();
    this.basemap = 'countries';
    this.tiles = null;
    this.attribution = null;
    this.noFollow = false;
    this.noRangeFade = false;
    this.noLegend = false;
    this.tilesFailed = false;
    this.activeDescendant = null;
  }

  /** The Leaflet map inside, for pages that need Leaflet's own API (null while disconnected). */
  get leafletMap(): L.Map | null {
    return this.#map;
  }

  /** The places highlighted now (from a selection here or in another view). */
  get highlightedPlaceIds(): readonly string[] {
    return [...this.#highlighted];
  }

  /** Highlights events' places and the given places, and tells the other views (no `relations-select` event). */
  select(input: { eventIds?: readonly string[]; placeIds?: readonly string[] }): void {
    const selection = toSelection(input);
    this.#setSelection(selection, { follow: true });
    this.#bus.publish({ type: 'select', selection });
  }

  clearSelection(): void {
    this.select({});
  }

  /** Pans and zooms so the given places are in view. */
  fitTo(placeIds: readonly string[]): void {
    this.#fit(placeIds, false, 12);
  }

  // ---- lifecycle -------------------------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // After a reconnect the map is re-created in updated().
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#destroyMap();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src')) this.#loader.load(this);
    if (changed.has('loadedData') || changed.has('lang')) this.#prepare();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.isConnected) return;
    if (!this.#map) {
      this.#createMap();
      return;
    }
    if (changed.has('basemap')) this.#drawBasemap();
    if (changed.has('tiles')) this.#drawTiles();
    if (changed.has('loadedData') || changed.has('lang')) this.#drawData();
    if (changed.has('noRangeFade')) this.#restyleAll();
  }

  // ---- loading ---------------------------------------------------------------------------------------------------

  #accept(result: { dataset: LoadedDataset; diagnostics: readonly Diagnostic[] }): void {
    this.loadedData = result.dataset;
    this.diagnostics = result.diagnostics;
    this.loading = false;
    if (result.diagnostics.length > 0) this.dispatchEvent(new RelationsErrorEvent(result.diagnostics));
  }

  // ---- the Leaflet map -------------------------------------------------------------------------------------------

  get #container(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.map');
  }

  #createMap(): void {
    const container = this.#container;
    if (!container) return;
    const map = L.map(container, {
      // Our own zoom buttons: Leaflet's control sets its labels through innerHTML.
      zoomControl: false,
      attributionControl: false,
      keyboard: false,
      trackResize: false,
      worldCopyJump: false,
      minZoom: 2,
      maxZoom: 16,
      zoomSnap: 0.25,
      zoomDelta: 1,
      fadeAnimation: !reducedMotion(),
      zoomAnimation: !reducedMotion(),
      markerZoomAnimation: !reducedMotion(),
    });
    this.#map = map;
    // A provisional view makes the map "loaded", so layers attach at once; the data's own view follows when sized.
    map.setView([48, 30], 3, { animate: false });
    map.createPane('relations-basemap').style.zIndex = '150';
    map.createPane('relations-links').style.zIndex = '420';
    map.createPane('relations-arrows').style.zIndex = '590';
    map.createPane('relations-clusters').style.zIndex = '580';
    map.on('click', (event) => this.#onMapClick(event));
    this.#linkLayer = L.layerGroup().addTo(map);
    this.#arcLayer = L.layerGroup().addTo(map);
    this.#markerLayer = L.layerGroup().addTo(map);
    map.on('dragstart', () => (this.#dragging = true));
    map.on('dragend', () => (this.#dragging = false));
    map.on('zoomend', () => this.#afterZoom());
    map.on('moveend', () => this.#afterMove());
    this.#resizeObserver = new ResizeObserver(() => this.#onResize());
    this.#resizeObserver.observe(container);
    this.#viewSet = false;
    this.#drawnDataset = null;
    this.#drawBasemap();
    this.#drawTiles();
    this.#drawData();
  }

  #destroyMap(): void {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    const map = this.#map;
    if (map) {
      map.stop();
      // Leaflet finishes a zoom animation on a 250 ms timer that would touch the removed panes (Leaflet issue #6929).
      (map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
      map.remove();
      // Leaflet 1.9 leaves its scroll listener (and with it the removed map) on the container, which we reuse.
      L.DomEvent.off(map.getContainer(), 'scroll', (map as unknown as { _onScroll: () => void })._onScroll, map);
    }
    this.#map = null;
    this.#basemapLayer = this.#tileLayer = null;
    this.#linkLayer = this.#arcLayer = this.#markerLayer = null;
    this.#canvasLayer = null;
    this.#clusterView = null;
    this.#tooltip = null;
    this.#drawn.clear();
        for (const entry of this.#entryList) {
      entry.marker = null;
      entry.label = null;
    }
    this.#drawnDataset = null;
    this.#basemapRequest++;
  }

  #onResize(): void {
    const map = this.#map;
    const container = this.#container;
    if (!map || !container || container.clientWidth === 0 || container.clientHeight === 0) return;
    map.invalidateSize({ pan: false });
    if (!this.#viewSet) this.#fitDefault();
  }

  #hasSize(): boolean {
    const container = this.#container;
    return !!container && container.clientWidth > 0 && container.clientHeight > 0;
  }

  #drawBasemap(): void {
    const map = this.#map;
    if (!map) return;
    this.#basemapLayer?.remove();
    this.#basemapLayer = null;
    if (this.basemap === 'none') return;
    const request = ++this.#basemapRequest;
    loadProjectedBasemap().then((shapes) => {
      if (request !== this.#basemapRequest || this.#map !== map) return;
      this.#basemapLayer = this.#basemapOverlay(shapes).addTo(map);
      this.#maybeReady();
    });
  }

  #basemapOverlay(shapes: ProjectedBasemap): L.SVGOverlay {
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
    this.#colorCountries(svg);
    const [[south, west], [north, east]] = shapes.bounds;
    return L.svgOverlay(svg, L.latLngBounds([south, west], [north, east]), { pane: 'relations-basemap', interactive: false });
  }

  /** The parties' countries stand out; restyled in place when the data set changes, never redrawn. */
  #colorCountries(svg = this.#basemapLayer?.getElement()): void {
    const parties = this.loadedData?.meta.parties;
    for (const path of svg?.querySelectorAll<SVGPathElement>('path') ?? []) {
      const role = countryRole(path.dataset.country ?? '', parties);
      path.setAttribute('class', `country country-${role === 0 ? 'other' : `party-${role}`}`);
    }
  }

  #drawTiles(): void {
    const map = this.#map;
    if (!map) return;
    this.#tileLayer?.remove();
    this.#tileLayer = null;
    this.tilesFailed = false;
    const url = this.tiles ? safeUrl(this.tiles.replace(/[{}]/g, '_')) && this.tiles : null;
    if (!url || !/^https?:/i.test(url)) return;
    const layer = L.tileLayer(url, { maxZoom: 16, crossOrigin: true });
    layer.on('tileerror', () => (this.tilesFailed = true));
    this.#tileLayer = layer.addTo(map);
  }

  #fitDefault(): void {
    const map = this.#map;
    if (!map || !this.#hasSize()) return;
    const list = this.#entryList;
    let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const { place } of list) {
      south = Math.min(south, place.lat);
      north = Math.max(north, place.lat);
      west = Math.min(west, place.lon);
      east = Math.max(east, place.lon);
    }
    if (list.length === 0) map.setView([48, 30], 3, { animate: false });
    else if (list.length === 1) map.setView([south, west], 6, { animate: false });
    else map.fitBounds(L.latLngBounds([south, west], [north, east]), { ...this.#fitPadding(), animate: false, maxZoom: 8 });
    this.#viewSet = true;
  }

  /** Room around fitted places, and beside (or, on a narrow map, above) the legend so it covers none of them. */
  #fitPadding(): { paddingTopLeft: L.Point; paddingBottomRight: L.Point } {
    const legend = this.renderRoot.querySelector<HTMLElement>('.legend');
    if (!legend) return { paddingTopLeft: FIT_PADDING, paddingBottomRight: FIT_PADDING };
    const strip = legend.offsetWidth > this.renderRoot.querySelector<HTMLElement>('.frame')!.offsetWidth / 2;
    const room: [number, number] = strip ? [0, legend.offsetHeight] : [legend.offsetWidth + 8, 0];
    return { paddingTopLeft: FIT_PADDING, paddingBottomRight: FIT_PADDING.add(room) };
  }

  #fit(placeIds: readonly string[], animate: boolean, closest = 8): void {
    const map = this.#map;
    if (!map || !this.#hasSize()) return;
    const points = placeIds.map((id) => this.#entries.get(id)?.place).filter((p): p is Place => !!p).map((p) => L.latLng(p.lat, p.lon));
    if (points.length === 0) return;
    const motion = animate && !reducedMotion();
    const bounds = L.latLngBounds(points);
    const maxZoom = points.length === 1 ? Math.max(map.getZoom(), Math.min(6, closest)) : closest;
    const padding = this.#fitPadding();
    if (motion) map.flyToBounds(bounds, { ...padding, maxZoom, duration: 0.6 });
    else map.fitBounds(bounds, { ...padding, maxZoom, animate: false });
    this.#viewSet = true;
  }

  // ---- places ----------------------------------------------------------------------------------------------------

  /** Indexes the data set's places (before render, so the legend and labels see them). */
  #prepare(): void {
    const data = this.loadedData;
    const lang = this.#lang();
    this.#markerLayer?.clearLayers();
    this.#drawn.clear();
    // Groups painted for the previous data set must not stay clickable.
    this.#canvasLayer?.remove();
    this.#canvasLayer = null;
    this.#entries.clear();
    this.#entryList = [];
    this.#clusters = null;
    this.#clusterView = null;
    this.#symbolsPresent = [];
    this.#focusedId = null;
    this.activeDescendant = null;
    if (!data) return;
    const parties = data.meta.parties;
    data.places.forEach((place, index) => {
      if (!Number.isFinite(place.lat) || !Number.isFinite(place.lon)) return;
      const symbol = symbolOf(place);
      const entry: PlaceEntry = {
        place,
        index,
        symbol,
        party: partyOf(place, parties, symbol),
        name: localize(place.name, lang) || place.id,
        count: data.eventsByPlace.get(place.id)?.length ?? 0,
        marker: null,
        label: null,
        offset: [0, 0],
      };
      this.#entries.set(place.id, entry);
      this.#entryList.push(entry);
    });
    const present = new Set(this.#entryList.map((e) => e.symbol));
    this.#symbolsPresent = MARKER_SYMBOLS.filter((symbol) => present.has(symbol));
    if (this.#entryList.length > CLUSTER_ABOVE) this.#clusters = createGridIndex(this.#entryList.map((e) => e.place));
  }

  /** Puts the prepared places, links and highlight on the map. */
  #drawData(): void {
    const map = this.#map;
    const data = this.loadedData;
    if (!map) return;
    this.#markerLayer?.clearLayers();
    for (const entry of this.#entryList) entry.marker = entry.label = null;
    this.#clusterView = null;
    if (this.#drawnDataset !== data) {
      // Party colours and the default view depend on the data set.
      this.#colorCountries();
      this.#viewSet = false;
    }
    this.#drawnDataset = data;
    if (!data) {
      this.#linkLayer?.clearLayers();
      this.#arcLayer?.clearLayers();
      return;
    }
    if (!this.#clusters) for (const entry of this.#entryList) this.#addMarker(entry);
    this.#drawLinks();
    if (!this.#viewSet) this.#fitDefault();
    this.#applyHighlight(false);
    this.#afterZoom();
    this.#maybeReady();
  }

  #addMarker(entry: PlaceEntry): L.Marker {
    const parts = placeIcon(entry.symbol, entry.party, entry.name, entry.count);
    const marker = L.marker([entry.place.lat, entry.place.lon], {
      icon: L.divIcon({ html: parts.root, className: 'place', iconSize: [24, 24], iconAnchor: [12, 12] }),
      keyboard: false,
      riseOnHover: true,
      zIndexOffset: entry.symbol === 'capital' ? 500 : 0,
    });
    marker.on('click', () => this.#userSelect(entry));
    marker.on('mouseover', () => {
      this.#showTooltip(entry);
      this.#userHover(entry);
    });
    marker.on('mouseout', () => {
      this.#showTooltip(null);
      this.#userHover(null);
    });
    marker.addTo(this.#markerLayer!);
    const el = marker.getElement()!;
    el.dataset.placeId = entry.place.id;
    el.id = `place-${entry.index}`;
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', this.#describe(entry));
    entry.marker = marker;
    entry.label = parts.label;
    this.#drawn.add(entry);
    this.#restyle(entry);
    return marker;
  }

  #removeMarker(entry: PlaceEntry): void {
    this.#drawn.delete(entry);
    entry.marker?.remove();
    entry.marker = null;
    entry.label = null;
  }

  #describe(entry: PlaceEntry): string {
    const events = entry.count === 1 ? '1 event' : `${entry.count} events`;
    return `${entry.name} (${SYMBOL_NAMES[entry.symbol].toLowerCase()}), ${events}`;
  }

  /** One tooltip for all places (a tooltip object per marker would cost at scale), built from DOM nodes. */
  #showTooltip(entry: PlaceEntry | null): void {
    const map = this.#map;
    if (!map) return;
    if (!entry) {
      if (this.#tooltip) map.closeTooltip(this.#tooltip);
      return;
    }
    this.#tooltip ??= L.tooltip({ direction: 'top', opacity: 1, className: 'place-tooltip' });
    this.#tooltip.options.offset = L.point(entry.offset[0], entry.offset[1] - 10);
    this.#tooltip.setLatLng([entry.place.lat, entry.place.lon]).setContent(this.#tooltipFor(entry));
    map.openTooltip(this.#tooltip);
  }

  #tooltipFor(entry: PlaceEntry): HTMLElement {
    const root = document.createElement('div');
    const name = document.createElement('strong');
    name.textContent = entry.name;
    const detail = document.createElement('div');
    detail.className = 'tooltip-detail';
    detail.textContent = `${SYMBOL_NAMES[entry.symbol]} · ${entry.count === 1 ? '1 event' : `${entry.count} events`}`;
    root.append(name, detail);
    return root;
  }

  /**
   * With a large data set: clusters (and single places when too many are in view) painted on a canvas, and DOM
   * markers for the single places in view, keeping the markers that stay in view.
   */
  #updateClusters(): boolean {
    const map = this.#map;
    const index = this.#clusters;
    if (!map || !index) return false;
    const zoom = map.getZoom();
    const inView = map.getBounds();
    const view = `${zoom}|${inView.toBBoxString()}`;
    if (view === this.#clusterView) return false;
    this.#clusterView = view;
    const bounds = inView.pad(0.1);
    const items = index.query([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom);
    const painted: CanvasItem[] = [];
    const singles: PlaceEntry[] = [];
    for (const item of items) {
      if (item.kind === 'cluster') painted.push({ lat: item.lat, lng: item.lng, count: item.count, clusterId: item.clusterId });
      else singles.push(this.#entryList[item.index]);
    }
    const asMarkers = singles.length <= MAX_DOM_MARKERS;
    if (!asMarkers) for (const entry of singles) painted.push({ lat: entry.place.lat, lng: entry.place.lon, count: 1 });
    const wanted = new Set(asMarkers ? singles : []);
    // Highlighted places in view stand out as markers even inside a group, so a selection is always visible; the
    // most important first, within the same marker budget.
    const highlighted = [...this.#highlighted]
      .flatMap((id) => this.#entries.get(id) ?? [])
      .filter((entry) => !wanted.has(entry) && bounds.contains([entry.place.lat, entry.place.lon]))
      .sort(byImportance);
    for (const entry of highlighted.slice(0, MAX_DOM_MARKERS)) wanted.add(entry);
    for (const entry of this.#drawn) if (!wanted.has(entry)) this.#removeMarker(entry);
    for (const entry of wanted) if (!entry.marker) this.#addMarker(entry);
    if (!this.#canvasLayer) {
      this.#canvasLayer = new ClusterCanvasLayer(this.#canvasColors(), { pane: 'relations-clusters' });
      this.#canvasLayer.addTo(map);
    }
    this.#canvasLayer.setItems(painted);
    return true;
  }

  #canvasColors(): ClusterCanvasColors {
    const style = getComputedStyle(this);
    const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    return {
      fill: read('--_party-1', '#0b6e8a'),
      halo: read('--_halo', '#ffffff'),
      text: '#ffffff',
      font: read('font-family', 'system-ui, sans-serif'),
    };
  }

  #onMapClick(event: L.LeafletMouseEvent): void {
    const item = this.#canvasLayer?.itemAt(event.containerPoint);
    if (item) this.#expand(item);
  }

  /** Zooms in until a cluster (or a crowd of painted places) falls apart into places. */
  #expand(item: CanvasItem): void {
    const map = this.#map;
    const clusters = this.#clusters;
    if (!map || !clusters) return;
    const zoom = item.clusterId === undefined ? map.getZoom() + 2 : clusters.expansionZoom(item.clusterId);
    map.setView([item.lat, item.lng], Math.min(zoom, map.getMaxZoom()), { animate: !reducedMotion() });
  }

  #drawLinks(): void {
    const layer = this.#linkLayer;
    const data = this.loadedData;
    layer?.clearLayers();
    if (!layer || !data || data.links.length > MAX_DRAWN_LINKS) return;
    data.links.forEach((link, i) => {
      const from = this.#entries.get(link.from)?.place;
      const to = this.#entries.get(link.to)?.place;
      if (!from || !to) return;
      // Different bends keep parallel links (three twinnings between the same two regions) apart.
      L.polyline(arcPoints([from.lat, from.lon], [to.lat, to.lon], { bend: 0.06 + 0.06 * (i % 3) }), {
        pane: 'relations-links',
        className: 'twin-link',
        interactive: false,
        weight: 1.4,
        dashArray: '4 4',
      }).addTo(layer);
    });
  }

  /** Visits of the selected events as arrows from origin to destination, leg by leg. */
  #drawArcs(): void {
    const layer = this.#arcLayer;
    const data = this.loadedData;
    layer?.clearLayers();
    if (!layer || !data || !this.#selection) return;
    const drawn = new Set<string>();
    for (const eventId of this.#selection.eventIds) {
      const event = data.eventById.get(eventId);
      if (!event || event.places.length < 2) continue;
      for (let i = 0; i + 1 < event.places.length; i++) {
        const from = this.#entries.get(event.places[i])?.place;
        const to = this.#entries.get(event.places[i + 1])?.place;
        if (!from || !to || from === to) continue;
        const a = [from.lat, from.lon] as const;
        const b = [to.lat, to.lon] as const;
        const key = `${from.id}>${to.id}`;
        if (drawn.has(key) || distanceKm(a, b) < 30) continue;
        drawn.add(key);
        const color = categoryColor(event.category);
        L.polyline(arcPoints(a, b, { bend: 0.22 }), {
          pane: 'relations-links',
          className: 'visit-arc',
          interactive: false,
          weight: 2.2,
          color,
        }).addTo(layer);
        // Short of the destination, so the place's own marker never hides it.
        const { at, angle } = arrowAt(a, b, 0.8, { bend: 0.22 });
        const arrow = arrowIcon(angle);
        arrow.style.color = color;
        L.marker(at, {
          icon: L.divIcon({ html: arrow, className: 'arrow', iconSize: [14, 14], iconAnchor: [7, 7] }),
          pane: 'relations-arrows',
          interactive: false,
          keyboard: false,
        }).addTo(layer);
      }
    }
  }

  #afterZoom(): void {
    if (this.#updateClusters() || !this.#clusters) this.#respread();
  }

  #afterMove(): void {
    if (this.#clusters) {
      if (this.#updateClusters()) this.#respread();
    } else {
      this.#relabel();
    }
  }

  /** Pixel offsets for markers on (nearly) the same spot, then labels that fit. */
  #respread(): void {
    const map = this.#map;
    if (!map) return;
    const drawn = [...this.#drawn];
    const points = drawn.map((e) => {
      const p = map.latLngToLayerPoint([e.place.lat, e.place.lon]);
      return { id: e.place.id, x: p.x, y: p.y, priority: labelPriority(e.symbol, e.count) };
    });
    const offsets = spreadOffsets(points, SPREAD_DISTANCE);
    for (const entry of drawn) {
      const [dx, dy] = offsets.get(entry.place.id) ?? [0, 0];
      const root = entry.marker!.getElement()?.firstElementChild as HTMLElement | null;
      if (!root) continue;
      root.style.transform = dx || dy ? `translate(${dx}px, ${dy}px)` : '';
      entry.offset = [dx, dy];
    }
    this.#relabel();
  }

  #relabel(): void {
    const map = this.#map;
    if (!map) return;
    const size = map.getSize();
    const drawn = [...this.#drawn].filter((e) => !this.#isFiltered(e));
    const candidates = drawn.map((e) => {
      const p = map.latLngToContainerPoint([e.place.lat, e.place.lon]);
      const [dx, dy] = e.offset;
      const emphasis = this.#highlighted.has(e.place.id) || e.place.id === this.#focusedId ? 5000 : 0;
      return {
        id: e.place.id,
        x: p.x + dx,
        y: p.y + dy,
        width: estimateLabelWidth(e.name),
        height: 16,
        priority: labelPriority(e.symbol, e.count) + emphasis,
        overMarkers: e.symbol === 'capital',
      };
    });
    const chosen = pickLabels(candidates, { view: { width: size.x, height: size.y } });
    for (const entry of drawn) {
      const el = entry.marker!.getElement();
      const side = chosen.get(entry.place.id);
      el?.toggleAttribute('data-labelled', !!side);
      if (el) el.dataset.labelSide = side ?? 'right';
    }
  }

  // ---- highlight -------------------------------------------------------------------------------------------------

  #eventVisible(event: LoadedEvent): boolean {
    return !this.#categories || this.#categories.includes(event.category);
  }

  #isFiltered(entry: PlaceEntry): boolean {
    if (!this.#categories) return false;
    const events = this.loadedData?.eventsByPlace.get(entry.place.id) ?? [];
    return events.length > 0 && !events.some((e) => this.#eventVisible(e));
  }

  #isFaded(entry: PlaceEntry): boolean {
    if (this.noRangeFade || !this.#range) return false;
    const { start, end } = this.#range;
    const events = this.loadedData?.eventsByPlace.get(entry.place.id) ?? [];
    if (events.length === 0) return false;
    return !events.some((e) => this.#eventVisible(e) && e.when.start < end && e.when.end > start);
  }

  #restyle(entry: PlaceEntry): void {
    const el = entry.marker?.getElement();
    if (!el) return;
    const id = entry.place.id;
    el.toggleAttribute('data-highlighted', this.#highlighted.has(id));
    el.toggleAttribute('data-hovered', this.#hovered.has(id));
    el.toggleAttribute('data-focused', this.#focusedId === id);
    el.toggleAttribute('data-faded', this.#isFaded(entry));
    el.toggleAttribute('data-filtered', this.#isFiltered(entry));
    const z = this.#highlighted.has(id) || this.#focusedId === id ? 1000 : entry.symbol === 'capital' ? 500 : 0;
    if (entry.marker!.options.zIndexOffset !== z) entry.marker!.setZIndexOffset(z);
  }

  #restyleAll(): void {
    for (const entry of this.#drawn) this.#restyle(entry);
    this.#relabel();
  }

  #applyHighlight(follow: boolean): void {
    const data = this.loadedData;
    this.#highlighted = data && this.#selection ? placeIdsOf(data, this.#selection) : new Set();
    this.#container?.toggleAttribute('data-has-selection', this.#highlighted.size > 0);
    if (this.#clusters) {
      this.#clusterView = null;
      this.#afterZoom();
    }
    this.#restyleAll();
    this.#drawArcs();
    if (follow && !this.noFollow && !this.#dragging && this.#highlighted.size > 0) this.#fit([...this.#highlighted], true);
  }

  #setSelection(selection: Selection | null, options: { follow: boolean }): void {
    this.#selection = isEmptySelection(selection) ? null : selection;
    this.#applyHighlight(options.follow);
  }

  #setHover(selection: Selection | null): void {
    const data = this.loadedData;
    this.#hovered = data && selection ? placeIdsOf(data, selection) : new Set();
    for (const entry of this.#drawn) entry.marker?.getElement()?.toggleAttribute('data-hovered', this.#hovered.has(entry.place.id));
  }

  #applyState(state: Readonly<BusState>): void {
    this.#categories = state.categories;
    this.#range = state.range;
    this.#setHover(state.hover);
    this.#setSelection(state.selection, { follow: false });
  }

  #onBusMessage(message: BusMessage, _state: Readonly<BusState>): void {
    switch (message.type) {
      case 'select':
        this.#setSelection(message.selection, { follow: true });
        break;
      case 'hover':
        this.#setHover(message.selection);
        break;
      case 'filter':
        this.#categories = message.categories;
        this.#restyleAll();
        break;
      case 'range':
        this.#range = { start: message.start, end: message.end };
        if (!this.noRangeFade) for (const entry of this.#drawn) entry.marker?.getElement()?.toggleAttribute('data-faded', this.#isFaded(entry));
        break;
    }
  }

  #selectionFor(entry: PlaceEntry): Selection {
    const events = this.loadedData?.eventsByPlace.get(entry.place.id) ?? [];
    return { eventIds: events.map((e) => e.id), placeIds: [entry.place.id] };
  }

  #userSelect(entry: PlaceEntry | null): void {
    const selection = entry ? this.#selectionFor(entry) : { eventIds: [], placeIds: [] };
    this.#setSelection(selection, { follow: false });
    this.#bus.publish({ type: 'select', selection });
    this.dispatchEvent(new RelationsSelectEvent(selection));
    this.announcement = entry
      ? `Selected ${entry.name}: ${entry.count === 1 ? '1 event' : `${entry.count} events`}.`
      : 'Selection cleared.';
  }

  #userHover(entry: PlaceEntry | null): void {
    const selection = entry ? this.#selectionFor(entry) : null;
    this.#bus.publish({ type: 'hover', selection });
    this.dispatchEvent(new RelationsHoverEvent(selection));
  }

  /** `relations-ready` once per data set, as soon as its places (and the basemap, unless `none`) are drawn. */
  #maybeReady(): void {
    const data = this.loadedData;
    if (!data || !this.#map || this.#readyFor === data) return;
    if (this.basemap !== 'none' && !this.#basemapLayer) return;
    this.#readyFor = data;
    this.dispatchEvent(new RelationsReadyEvent({ places: this.#entryList.length }));
  }

  // ---- keyboard --------------------------------------------------------------------------------------------------

  #focusable(): PlaceEntry[] {
    return [...this.#drawn].filter((e) => !this.#isFiltered(e));
  }

  #screenPoint(entry: PlaceEntry): L.Point {
    const p = this.#map!.latLngToContainerPoint([entry.place.lat, entry.place.lon]);
    const [dx, dy] = entry.offset;
    return L.point(p.x + dx, p.y + dy);
  }

  #focusPlace(entry: PlaceEntry | null): void {
    const previous = this.#focusedId ? this.#entries.get(this.#focusedId) : null;
    this.#focusedId = entry?.place.id ?? null;
    if (previous) this.#restyle(previous);
    this.#showTooltip(entry);
    if (!entry) {
      this.activeDescendant = null;
      return;
    }
    this.#restyle(entry);
    this.activeDescendant = entry.marker?.getElement()?.id ?? null;
    const map = this.#map;
    if (map && !map.getBounds().pad(-0.05).contains([entry.place.lat, entry.place.lon])) {
      map.panTo([entry.place.lat, entry.place.lon], { animate: !reducedMotion() });
    }
    this.#relabel();
    this.announcement = this.#describe(entry);
    this.#userHover(entry);
  }

  /** The nearest place in the arrow's direction, preferring those within a cone around it; null when none. */
  #neighbour(from: PlaceEntry, dx: number, dy: number): PlaceEntry | null {
    const origin = this.#screenPoint(from);
    let best: PlaceEntry | null = null;
    let bestScore = Infinity;
    for (const entry of this.#focusable()) {
      if (entry === from) continue;
      const p = this.#screenPoint(entry);
      const along = (p.x - origin.x) * dx + (p.y - origin.y) * dy;
      const across = Math.abs((p.x - origin.x) * dy - (p.y - origin.y) * dx);
      if (along <= 0) continue;
      // Places inside the 56° cone come before those merely on that side.
      const score = along + across * 2 + (across > along * 1.5 ? 1e6 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = entry;
      }
    }
    return best;
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const map = this.#map;
    if (!map || event.altKey || event.ctrlKey || event.metaKey) return;
    const current = this.#focusedId ? this.#entries.get(this.#focusedId) : undefined;
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    if (event.key in arrows) {
      event.preventDefault();
      const [dx, dy] = arrows[event.key];
      const list = this.#focusable();
      if (list.length === 0) {
        // Only clusters in view: the arrows pan, and Enter opens the cluster nearest the centre.
        map.panBy([dx * 80, dy * 80], { animate: !reducedMotion() });
        return;
      }
      if (!current || !current.marker) {
        this.#focusPlace(list.slice().sort(byImportance)[0]);
        return;
      }
      const next = this.#neighbour(current, dx, dy);
      if (next) this.#focusPlace(next);
      else map.panBy([dx * 80, dy * 80], { animate: !reducedMotion() });
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (current) {
        event.preventDefault();
        this.#userSelect(current);
        return;
      }
      // With places to focus, Enter waits for one; with only groups in view, it opens the one nearest the centre.
      if (this.#focusable().length > 0) return;
      const cluster = this.#canvasLayer?.nearest(map.getSize().divideBy(2));
      if (!cluster || !map.getBounds().contains([cluster.lat, cluster.lng])) return;
      event.preventDefault();
      this.announcement = `Zoomed in on ${cluster.count === 1 ? '1 place' : `${cluster.count} places`}`;
      this.#expand(cluster);
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      map.zoomIn(1, { animate: !reducedMotion() });
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      map.zoomOut(1, { animate: !reducedMotion() });
    } else if (event.key === 'Escape') {
      if (!this.#selection && !current) return;
      event.preventDefault();
      this.#focusPlace(null);
      this.#userHover(null);
      this.#userSelect(null);
    } else if (event.key === 'Home') {
      event.preventDefault();
      this.#fitDefault();
    }
  };

  #onBlur = (): void => {
    if (!this.#focusedId) return;
    this.#focusPlace(null);
    this.#userHover(null);
  };

  /** The element's language, else the nearest ancestor's, else English. */
  #lang(): string {
    return this.lang || this.closest<HTMLElement>('[lang]')?.lang || 'en';
  }

  // ---- render ----------------------------------------------------------------------------------------------------

  #legendGlyph(symbol: MarkerSymbol): SVGSVGElement {
    let svg = this.#legendGlyphs.get(symbol);
    if (!svg) this.#legendGlyphs.set(symbol, (svg = legendGlyph(symbol)));
    return svg;
  }

  #renderLegend() {
    const data = this.loadedData;
    if (this.noLegend || !data) return nothing;
    const symbols = this.#symbolsPresent;
    const parties = data.meta.parties ?? [];
    const lang = this.#lang();
    return html`<div class="legend" part="legend" aria-hidden="true">
      ${parties.slice(0, 2).map(
        (party, i) => html`<div class="legend-row"><span class="swatch party-${i + 1}"></span>${localize(party.name, lang)}</div>`,
      )}
      ${symbols.map(
        (symbol) => html`<div class="legend-row glyph-row" data-symbol=${symbol}>${this.#legendGlyph(symbol)}${SYMBOL_NAMES[symbol]}</div>`,
      )}
      ${data.links.length > 0 && data.links.length <= MAX_DRAWN_LINKS
        ? html`<div class="legend-row"><span class="dash"></span>Twinning</div>`
        : nothing}
      ${this.#clusters ? html`<div class="legend-row"><span class="group">3</span>Group of places</div>` : nothing}
    </div>`;
  }

  #renderStatus() {
    if (this.loading && !this.loadedData) return html`<p class="status" part="status" role="status">Loading…</p>`;
    if (this.quiet || this.diagnostics.length === 0) return nothing;
    const errors = this.diagnostics.length;
    return html`<div class="status problem" part="status" role="status">
      <details>
        <summary>${errors === 1 ? '1 problem' : `${errors} problems`} in the data; the good records are shown.</summary>
        <ul>
          ${diagnosticLines(this.diagnostics).map((line) => html`<li>${line}</li>`)}
        </ul>
      </details>
    </div>`;
  }

  override render() {
    const count = this.#entryList.length;
    const label = this.loadedData
      ? `Map of ${count === 1 ? '1 place' : `${count} places`}. Arrow keys move between places, Enter selects, plus and minus zoom, Escape clears.${
          this.#clusters ? ' Where places are grouped, Enter zooms in on the group nearest the centre.' : ''
        }`
      : 'Map';
    return html`
      <div class="frame">
        <div
          class="map"
          part="map"
          tabindex="0"
          role="application"
          aria-roledescription="map"
          aria-label=${label}
          aria-activedescendant=${this.activeDescendant ?? nothing}
          @keydown=${this.#onKeyDown}
          @blur=${this.#onBlur}
        ></div>
        <div class="zoom" part="zoom">
          <button type="button" tabindex="-1" aria-label="Zoom in" @click=${() => this.#map?.zoomIn()}>+</button>
          <button type="button" tabindex="-1" aria-label="Zoom out" @click=${() => this.#map?.zoomOut()}>−</button>
        </div>
        ${this.#renderLegend()}
        ${this.tilesFailed
          ? html`<p class="notice" part="notice" role="status">Basemap tiles unavailable — showing the built-in map</p>`
          : nothing}
        ${this.tiles && this.attribution ? html`<p class="attribution" part="attribution">${this.attribution}</p>` : nothing}
        ${this.#renderStatus()}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }
}
