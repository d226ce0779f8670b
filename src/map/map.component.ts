import { type PropertyDeclarations, html, nothing, type PropertyValues } from 'lit';
import type * as L from './leaflet.js';
import { RelationsDataView } from '../common/data-view.js';
import { DatasetLoader } from '../common/dataset-loader.js';
import { elementDirection, elementLang } from '../common/lang.js';
import { t } from '../common/i18n.js';
import { renderDataStatus, renderLiveRegion, reportProblems } from '../common/render-status.js';
import { sharedStyles, wheelHintStyles } from '../common/shared-styles.js';
import { WheelGateController } from '../common/wheel-gate-controller.js';
import { SelectionController } from '../common/selection-controller.js';
import { RelationsReadyEvent } from '../bus/dom-events.js';
import type { Diagnostic } from '../data/diagnostics.js';
import type { LoadedDataset } from '../data/loaded.js';
import { placeIdsOf, type Selection } from '../data/selection.js';
import type { Place } from '../data/types.js';
import { prefetchBasemap } from './basemap.js';
import { CLUSTER_ABOVE } from './cluster-view.js';
import { leafletStyles } from './generated/leaflet-css.js';
import { createGridIndex, type ClusterIndex } from './grid-cluster.js';
import type { Box } from './label-pick.js';
import { LeafletMapController, reducedMotion } from './leaflet-map-controller.js';
import { MAX_DRAWN_LINKS } from './link-layers.js';
import { MapKeyboard } from './map-keyboard.js';
import { MapLayers } from './map-layers.js';
import { renderLegend } from './map-legend.js';
import { styles } from './map.styles.js';
import { placeMarkerStyles } from './place-marker.styles.js';
import { EMPTY_PLACE_INDEX, indexPlaces, type PlaceEntry, type PlaceIndex } from './place-index.js';
import { mapLabel, selectedAnnouncement } from './place-text.js';

/**
 * @summary A Leaflet map of the places in a relations data set (capitals, embassies, twinned cities, venues) on a
 * bundled, offline basemap, highlighting what the other views select.
 *
 * Each individually drawn place marker element carries `data-place-id="<id>"` and, while highlighted, the boolean
 * attribute `data-highlighted`. Keyboard: Tab into the map, arrow keys move between places (and pan when no place
 * lies that way), Enter or Space selects (where places are grouped, Enter zooms in on the group nearest the centre),
 * `+` / `-` zoom in / out one level, Home shows all places again, Escape clears the selection.
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
  static override styles = [leafletStyles, sharedStyles, wheelHintStyles, styles, placeMarkerStyles];

  readonly #selection = new SelectionController(this, {
    idsOf: placeIdsOf,
    onSelection: (follow) => this.#applyHighlight(follow),
    onHover: () => this.#layers?.showHover(),
    onFilter: () => this.#layers?.restyleAll(),
    onRange: () => this.#layers?.showRange(),
  });
  readonly #loader = new DatasetLoader(this, {
    onLoading: (loading) => (this.loading = loading),
    onResult: (result) => this.#accept(result),
  });

  /** Loads `src` again (the Retry button after the data could not be fetched). */
  override reload(): void {
    this.#loader.reload();
  }
  readonly #wheel = new WheelGateController(this);
  readonly #leaflet = new LeafletMapController(this, {
    wheelZooms: (event) => this.#wheel.allows(event),
    oneFingerPans: () => this.#wheel.engaged(),
    container: () => this.renderRoot.querySelector<HTMLElement>('.map'),
    legend: () => {
      const legend = this.renderRoot.querySelector<HTMLElement>('.legend');
      const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
      return legend && frame ? { legend, frame } : null;
    },
    zoomButtons: () => this.renderRoot.querySelector<HTMLElement>('.zoom'),
    places: () => this.#places.facts.spread,
    partyBounds: () =>
      (this.loadedData?.meta.parties ?? [])
        .map((party) => this.#layers?.basemap.countryBounds(party.country))
        .filter((bounds) => bounds !== undefined),
    onCreate: (map) => (this.#layers = this.#createLayers(map)),
    onRemove: () => {
      this.#layers?.dispose();
      this.#layers = null;
    },
  });
  readonly #keyboard = new MapKeyboard({
    map: () => this.#leaflet.map,
    focusable: () => this.#layers?.focusable() ?? [],
    isDrawn: (entry) => !!this.#layers?.markers.has(entry),
    screenPoint: (entry) => this.#layers!.markers.screenPoint(entry),
    placeById: (id) => this.#places.get(id),
    onFocus: (previous, next) => this.#onFocus(previous, next),
    select: (entry) => this.#userSelect(entry),
    hover: (entry) => this.#userHover(entry),
    hasSelection: () => !!this.#selection.selection,
    groupInView: () => this.#layers?.clusters?.nearestInView() ?? null,
    openGroup: (group) => this.#layers?.clusters?.expand(group),
    announce: (text) => (this.announcement = text),
    lang: () => elementLang(this),
    fitAll: () => this.#leaflet.fitDefault(),
  });
  #places: PlaceIndex = EMPTY_PLACE_INDEX;
  #clusterIndex: ClusterIndex | null = null;
  #layers: MapLayers | null = null;
  #readyFor: LoadedDataset | null = null;
  /** Where the overlays are drawn, and the font, read once per update (or resize) rather than on every relabel. */
  #overlays: Box[] | null = null;
  #font: string | null = null;

  static override properties: PropertyDeclarations = {
    basemap: { reflect: true },
    tiles: { reflect: true },
    attribution: { reflect: true },
    noFollow: { type: Boolean, reflect: true, attribute: 'no-follow' },
    noRangeFade: { type: Boolean, reflect: true, attribute: 'no-range-fade' },
    noLegend: { type: Boolean, reflect: true, attribute: 'no-legend' },
    tilesFailed: { state: true, attribute: false },
    basemapFailed: { state: true, attribute: false },
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
  /** Where the country shapes could not be loaded from, when they could not. */
  declare basemapFailed: string | null;
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
    this.basemapFailed = null;
    this.activeDescendant = null;
  }

  /** The Leaflet map inside, for pages that need Leaflet's own API (null while disconnected). */
  get leafletMap(): L.Map | null {
    return this.#leaflet.map;
  }

  /** The places highlighted now (from a selection here or in another view). */
  get highlightedPlaceIds(): readonly string[] {
    return [...this.#selection.highlighted];
  }

  /** Highlights events' places and the given places, and tells the other views (no `relations-select` event). */
  select(input: { eventIds?: readonly string[]; placeIds?: readonly string[] }): void {
    this.#selection.select(input);
  }

  clearSelection(): void {
    this.select({});
  }

  /**
   * Pans and zooms so the given places are in view: at once or, with `animate`, in a short flight (at once all the
   * same when the reader prefers reduced motion).
   */
  fitTo(placeIds: readonly string[], options: { animate?: boolean } = {}): void {
    this.#leaflet.fitTo(this.#placesOf(placeIds), options.animate ?? false, 12);
  }

  /** Centres the map on `[lat, lon]` at `zoom`; at once or, with `animate`, in a flight, as `fitTo`. */
  centerOn(center: readonly [number, number], zoom: number, options: { animate?: boolean } = {}): void {
    const map = this.#leaflet.map;
    if (!map) return;
    const [lat, lon] = center;
    if (options.animate && !reducedMotion()) map.flyTo([lat, lon], zoom, { duration: 0.6 });
    else map.setView([lat, lon], zoom, { animate: false });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src') || changed.has('placesSrc') || changed.has('geojsonFields'))
      this.#loader.load(this);
    if (changed.has('loadedData') || changed.has('lang')) this.#prepare();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The shapes' chunk is on its way while the data is checked, which for a `data` value happens before the map exists.
    if (this.basemap !== 'none') prefetchBasemap();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#overlays = this.#font = null;
    const layers = this.#layers;
    if (!layers) return;
    layers.basemap.show(this.basemap);
    layers.tiles.show(this.tiles);
    if (layers.places !== this.#places) this.#drawData(layers);
    else if (changed.has('noRangeFade')) layers.restyleAll();
  }

  #accept(result: { dataset: LoadedDataset; diagnostics: readonly Diagnostic[] }): void {
    this.loadedData = result.dataset;
    this.diagnostics = result.diagnostics;
    this.loading = false;
    this.problemsDismissed = false;
    reportProblems(this, result.diagnostics, this.quiet);
  }

  #lang(): string {
    return elementLang(this);
  }

  /** Indexes the data set's places (before render, so the legend and labels see them). */
  #prepare(): void {
    const data = this.loadedData;
    this.#places = data ? indexPlaces(data, this.#lang()) : EMPTY_PLACE_INDEX;
    const { size, drawable } = this.#places.facts;
    this.#clusterIndex = size > CLUSTER_ABOVE ? createGridIndex(drawable) : null;
    this.#keyboard.reset();
    this.activeDescendant = null;
  }

  #createLayers(map: L.Map): MapLayers {
    map.on('resize', () => (this.#overlays = null));
    return new MapLayers(map, {
      element: this,
      lang: () => elementLang(this),
      selection: this.#selection,
      data: () => this.loadedData,
      parties: () => this.loadedData?.meta.parties,
      focused: () => this.#keyboard.focused,
      fadesOutOfRange: () => !this.noRangeFade,
      overlays: () => this.#overlayBoxes(),
      font: () => this.#fontFamily(),
      rtl: () => elementDirection(this) === 'rtl',
      onMarkerClick: (entry) => this.#userSelect(entry),
      onMarkerPointer: (entry) => {
        this.#layers?.showTooltip(entry);
        this.#userHover(entry);
      },
      onBasemapShown: () => {
        // The parties' bounds are known now: a default view around few places takes them in.
        this.#leaflet.refitIfUnmoved();
        this.#maybeReady();
      },
      onBasemapFailed: (where) => (this.basemapFailed = where),
      onTilesFailed: (failed) => (this.tilesFailed = failed),
    });
  }

  /** Puts the indexed places, links and highlight on the map. */
  #drawData(layers: MapLayers): void {
    const data = this.loadedData;
    layers.batch(() => {
      // The default view depends on the data set. It is fitted before any marker is added, so that the layout it
      // reads (and the overlays' boxes, read with it) is not computed again for them.
      if (layers.isNew(data)) this.#leaflet.resetView();
      layers.clear();
      if (data) {
        this.#overlayBoxes();
        this.#fontFamily();
        this.#leaflet.fitDefaultOnce();
      }
      layers.draw(this.#places, this.#clusterIndex);
      if (!data) return;
      this.#applyHighlight(false);
      layers.afterZoom();
    });
    if (data) this.#maybeReady();
  }

  #placesOf(ids: Iterable<string>): Place[] {
    return [...ids].flatMap((id) => this.#places.get(id)?.place ?? []);
  }

  #applyHighlight(follow: boolean): void {
    const highlighted = this.#selection.highlighted;
    this.renderRoot.querySelector('.map')?.toggleAttribute('data-has-selection', highlighted.size > 0);
    const layers = this.#layers;
    if (!layers) return;
    layers.batch(() => layers.highlight());
    cancelAnimationFrame(this.#followFrame);
    this.#followFrame = 0;
    if (follow && !this.noFollow && !layers.dragging && highlighted.size > 0) {
      // In the next frame, once every view has drawn the selection: the fit reads the map's size and the legend's,
      // which now would force a layout of the page of its own before the frame's.
      const places = this.#placesOf(highlighted);
      this.#followFrame = requestAnimationFrame(() => {
        this.#followFrame = 0;
        if (this.isConnected) this.#leaflet.fitTo(places, true);
      });
    }
  }

  #followFrame = 0;

  #userSelect(entry: PlaceEntry | null): void {
    this.#selection.userSelect(
      entry ? this.#selectionFor(entry) : { eventIds: [], placeIds: [] },
      selectedAnnouncement(entry, elementLang(this)),
    );
  }

  #userHover(entry: PlaceEntry | null): void {
    this.#selection.userHover(entry ? this.#selectionFor(entry) : null);
  }

  #selectionFor(entry: PlaceEntry): Selection {
    const events = this.loadedData?.eventsByPlace.get(entry.place.id) ?? [];
    return { eventIds: events.map((event) => event.id), placeIds: [entry.place.id] };
  }

  #onFocus(previous: PlaceEntry | null, next: PlaceEntry | null): void {
    const layers = this.#layers;
    if (previous) layers?.restyle(previous);
    layers?.showTooltip(next);
    if (next) layers?.restyle(next);
    this.activeDescendant = (next && layers?.markers.element(next)?.id) || null;
    if (next) layers?.relabel();
  }

  /** `relations-ready` once per data set, as soon as its places (and the basemap, unless `none`) are drawn. */
  #maybeReady(): void {
    const data = this.loadedData;
    if (!data || !this.#layers?.basemap.shown || this.#readyFor === data) return;
    this.#readyFor = data;
    this.dispatchEvent(new RelationsReadyEvent({ places: this.#places.size }));
  }

  #fontFamily(): string {
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    this.#font ??= container ? getComputedStyle(container).fontFamily : '';
    return this.#font;
  }

  /** The zoom buttons, legend and notices drawn over the map, in the map container's pixels. */
  #overlayBoxes(): Box[] {
    if (this.#overlays) return this.#overlays;
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!container) return [];
    const origin = container.getBoundingClientRect();
    this.#overlays = [...this.renderRoot.querySelectorAll<HTMLElement>('.zoom, .legend, .notice, .attribution')].map(
      (el) => {
        const r = el.getBoundingClientRect();
        return {
          x0: r.left - origin.left,
          y0: r.top - origin.top,
          x1: r.right - origin.left,
          y1: r.bottom - origin.top,
        };
      },
    );
    return this.#overlays;
  }

  override render() {
    const data = this.loadedData;
    const legend =
      data && !this.noLegend
        ? renderLegend(this, {
            parties: data.meta.parties ?? [],
            lang: this.#lang(),
            symbols: this.#places.symbols,
            twinning: data.links.length > 0 && data.links.length <= MAX_DRAWN_LINKS,
            grouped: !!this.#clusterIndex,
            counts: this.#places.facts.eventsHavePlaces,
            visits: this.#places.facts.hasVisits,
          })
        : nothing;
    return html`
      <div class="frame" dir=${elementDirection(this)}>
        <div
          class="map"
          part="map"
          tabindex="0"
          role="application"
          aria-roledescription="map"
          aria-label=${mapLabel(data ? this.#places.size : null, !!this.#clusterIndex, elementLang(this))}
          aria-activedescendant=${this.activeDescendant ?? nothing}
          @keydown=${this.#keyboard.onKeyDown}
          @blur=${this.#keyboard.onBlur}
        ></div>
        <div class="zoom" part="zoom">
          <button
            type="button"
            tabindex="-1"
            aria-label=${t(elementLang(this), 'zoomIn')}
            @click=${() => this.#leaflet.map?.zoomIn()}
          >
            +
          </button>
          <button
            type="button"
            tabindex="-1"
            aria-label=${t(elementLang(this), 'zoomOut')}
            @click=${() => this.#leaflet.map?.zoomOut()}
          >
            −
          </button>
        </div>
        ${legend}
        ${
          this.tilesFailed
            ? html`<p class="notice" part="notice" role="status">${t(elementLang(this), 'tilesFailed')}</p>`
            : nothing
        }
        ${
          this.basemapFailed
            ? html`<p class="notice" part="notice" role="alert">
                ${t(elementLang(this), 'outlinesFailed', { url: this.basemapFailed })}
              </p>`
            : nothing
        }
        ${this.tiles && this.attribution ? html`<p class="attribution" part="attribution">${this.attribution}</p>` : nothing}
        ${renderDataStatus(this, elementLang(this))} ${this.#wheel.render(elementLang(this))} ${renderLiveRegion(this)}
      </div>
    `;
  }
}
