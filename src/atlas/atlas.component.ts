import { LanguageController } from '../common/language-controller.js';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { elementDirection, elementLang } from '../common/lang.js';
import { loadingText, renderProblems, reportProblems } from '../common/render-status.js';
import { atlasText as t } from '../common/catalogs/en-atlas.js';
import type { Theme } from '../common/shared-styles.js';
import { BusController } from '../bus/bus-controller.js';
import { DatasetLoader, loadProgress } from '../common/dataset-loader.js';
import type { RelationsChannel } from '../bus/channel.js';
import { RelationsReadyEvent, RelationsSelectEvent, RelationsStepEvent } from '../bus/dom-events.js';
import type { BusMessage, BusState } from '../bus/messages.js';
import type { CheckResult } from '../data/check-dataset.js';
import type { Diagnostic } from '../data/diagnostics.js';
import type { GeojsonFields } from '../data/geojson.js';
import type { LoadedDataset, LoadedEvent } from '../data/loaded.js';
import { isEmptySelection, toSelection, type Selection } from '../data/selection.js';
import '../map/map.js';
import '../timeline/timeline.js';
import type { RelationsTimeline } from '../timeline/timeline.component.js';
import type { RelationsMap } from '../map/map.component.js';
import { atlasStyles } from './atlas.styles.js';
import './details-panel.js';
import './event-table.js';
import {
  filterMessage,
  knownUrlState,
  prepareSearch,
  sameFilter,
  sameSet,
  visibleEvents,
  withPlaceEvents,
} from './atlas-filters.js';
import { PlaybackController, playbackWindow } from './playback-controller.js';
import { exportFileName, toCsv, toGeojson, type PlaceProperties } from './atlas-export.js';
import { DownloadMenuController, RelationsDownloadEvent, saveFile, type DownloadKind } from './download-menu.js';
import type { FeatureCollection, Point } from 'geojson';
import {
  describeSelection,
  renderHeader,
  renderPanel,
  renderSkeleton,
  renderSourceLine,
  renderToolbar,
  renderViews,
  type Tab,
} from './render-atlas.js';
import { UrlSyncController } from './url-sync-controller.js';
import { renderTour } from './render-tour.js';
import { stepView } from '../story/story-steps.js';
import type { UrlState } from './url-state.js';

/** How long one task of building the search's text may take. */
const SEARCH_SLICE_MS = 25;

/**
 * @summary The one-line embed: a zoomable timeline and a map that highlight each other, with a details panel,
 * category filters, search, a sortable event list, playback, and (with `sync-url`) the selection in the URL.
 *
 * @fires relations-select - the user selected events or places (in any of the views); detail `{eventIds, placeIds}`
 * @fires relations-ready - the data is loaded and drawn; detail `{events, places}`
 * @fires relations-error - loading failed or records were rejected; detail `{diagnostics}`
 * @fires relations-range - the timeline's visible window changed; detail `{start, end}`
 * @fires relations-download - the reader chose a file in the Download menu; detail `{filename, type, text}`;
 * cancelable (the file is not saved when a listener calls `preventDefault()`)
 *
 * @csspart header - the title block
 * @csspart toolbar - filters, search and playback
 * @csspart timeline - the `<relations-timeline>`
 * @csspart map - the `<relations-map>`
 * @csspart panel - the details and list panel
 *
 * @cssproperty [--relations-font=system-ui] - body font
 * @cssproperty [--relations-heading-font=Georgia] - headline font
 * @cssproperty [--relations-atlas-timeline-height=400px] - timeline height
 * @cssproperty [--relations-atlas-map-height=420px] - map and panel height
 * @cssproperty --relations-color-<category> - a category's colour in every view
 * @tagname relations-atlas
 */
export class RelationsAtlas extends LitElement {
  /** Fetches the catalogue of the element's language when it is not here yet. */
  protected readonly languages = new LanguageController(this);
  static override styles = atlasStyles;

  readonly #loader = new DatasetLoader(this, {
    onLoading: (loading) => (this.loading = loading),
    onResult: (result) => this.#setResult(result),
  });

  /** Loads `src` again (the Retry button after the data could not be fetched). */
  reload(): void {
    this.#loader.reload();
  }
  readonly #playback = new PlaybackController(this, () => this.#step());
  readonly #url = new UrlSyncController(this, {
    enabled: () => this.syncUrl,
    state: () => ({
      selection: this.selection,
      window: this.#busController.channel?.state.range ?? null,
      query: this.query.trim(),
      hidden: [...this.hiddenCategories],
      ...(this.storyIndex >= 0 ? { step: this.storyIndex + 1 } : {}),
    }),
    apply: (state) => this.#applyUrl(state),
  });
  readonly #download = new DownloadMenuController(this, (kind) => this.#downloadFile(kind));
  readonly #busController = new BusController(this, {
    onMessage: (message) => this.#onBusMessage(message),
    onJoin: (state) => this.#onJoin(state),
  });

  static override properties: PropertyDeclarations = {
    result: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    selection: { state: true, attribute: false },
    hiddenCategories: { state: true, attribute: false },
    query: { state: true, attribute: false },
    tab: { state: true, attribute: false },
    storyIndex: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    src: {},
    placesSrc: { attribute: 'places-src' },
    geojsonFields: { attribute: 'geojson-fields' },
    channel: { reflect: true },
    bus: { attribute: false },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    hideHeader: { type: Boolean, attribute: 'hide-header' },
    noMedia: { type: Boolean, attribute: 'no-media' },
    theme: { reflect: true },
    debug: { type: Boolean, reflect: true },
    timeout: { type: Number },
    problemsDismissed: { state: true, attribute: false },
    data: { attribute: false },
  };

  declare private result: CheckResult | null;
  declare private loading: boolean;
  declare private selection: Selection | null;
  declare private hiddenCategories: ReadonlySet<string>;
  declare private query: string;
  declare private tab: Tab;
  /** The step of the story shown in Story mode; -1 while the reader explores freely. */
  declare private storyIndex: number;
  declare private announcement: string;

  /** URL of the data: JSON, GeoJSON, or an events CSV (with `places-src` for its places). */
  declare src: string | null;
  /** URL of a places CSV or a GeoJSON FeatureCollection of Points, for the data at `src`. */
  declare placesSrc: string | null;
  /**
   * Which GeoJSON properties hold a place's or an event's fields: `"name:place, date:time, title:title"` as an
   * attribute, or `{name: 'place', date: 'time'}`. Fields: id, name, kinds, country, date, title, category,
   * description, url. Bad entries are reported with the data's problems.
   */
  declare geojsonFields: string | GeojsonFields | null;
  /** The bus to join: every element with the same channel name highlights together. */
  declare channel: string | null;
  /** A channel object to join instead of a named one. */
  declare bus: RelationsChannel | null;
  /** Keep the selection and the visible window in the URL hash, so a view can be shared and bookmarked. */
  declare syncUrl: boolean;
  /** Hide the built-in title block, for pages that have their own headline. */
  declare hideHeader: boolean;
  /** Show no images in the details panel (media stay as links), for pages whose CSP forbids images from elsewhere. */
  declare noMedia: boolean;
  /** `light` (the default), `dark` (on its own dark surface), or `auto` to follow the reader's system setting. */
  declare theme: Theme;
  /** For editors: list every problem in the data on the page (readers see one line they can dismiss). */
  declare debug: boolean;
  /** Seconds to wait for `src` before saying the data could not be loaded, with a Retry button (0: wait forever). */
  declare timeout: number;
  declare private problemsDismissed: boolean;
  /** The data set: an object in the documented format, JSON text, or a loaded data set. Overrides `src`. */
  declare data: unknown;

  constructor() {
    super();
    this.result = null;
    this.loading = false;
    this.selection = null;
    this.hiddenCategories = new Set();
    this.query = '';
    this.tab = 'details';
    this.storyIndex = -1;
    this.announcement = '';
    this.src = null;
    this.placesSrc = null;
    this.geojsonFields = null;
    this.channel = null;
    this.bus = null;
    this.syncUrl = false;
    this.hideHeader = false;
    this.noMedia = false;
    this.theme = 'light';
    this.debug = false;
    this.timeout = 30;
    this.problemsDismissed = false;
    this.data = null;
  }

  /** The loaded data set, once there is one. */
  get loadedData(): LoadedDataset | null {
    return this.result?.dataset ?? null;
  }

  /** Problems found while loading. */
  get diagnostics(): readonly Diagnostic[] {
    return this.result?.diagnostics ?? [];
  }

  /** Select events and/or places in every view of the channel, as if the reader had. Fires no DOM event. */
  select(selection: { eventIds?: readonly string[]; placeIds?: readonly string[] }): void {
    this.#setSelection(toSelection(selection), { publish: true, userAction: false });
  }

  clearSelection(): void {
    this.select({});
  }

  /**
   * What the filters and the search show, as GeoJSON: each place a Point with its fields and the visible events at
   * it (`properties.events`). Without data, an empty FeatureCollection.
   */
  exportGeoJSON(): FeatureCollection<Point, PlaceProperties> {
    const data = this.loadedData;
    return data ? toGeojson(data, this.#visibleEvents()) : { type: 'FeatureCollection', features: [] };
  }

  /**
   * What the filters and the search show, as the CSV files `src` and `places-src` read back: the events (the
   * default) or their places. Cells a spreadsheet would run as formulas are neutralised.
   */
  exportCsv(which: 'events' | 'places' = 'events'): string {
    const data = this.loadedData;
    return data ? toCsv(data, this.#visibleEvents(), which) : '';
  }

  #downloadFile(kind: DownloadKind): void {
    const title = this.loadedData?.meta.title ?? '';
    const file =
      kind === 'geojson'
        ? {
            filename: exportFileName(title, '.geojson'),
            type: 'application/geo+json',
            text: `${JSON.stringify(this.exportGeoJSON(), null, 2)}\n`,
          }
        : {
            filename: exportFileName(title, kind === 'events-csv' ? '-events.csv' : '-places.csv'),
            type: 'text/csv',
            text: this.exportCsv(kind === 'events-csv' ? 'events' : 'places'),
          };
    if (this.dispatchEvent(new RelationsDownloadEvent(file))) saveFile(file);
    this.announcement = t(elementLang(this), 'downloaded', { file: file.filename });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('placesSrc') || changed.has('geojsonFields') || changed.has('data'))
      this.#loader.load(this);
  }

  #setResult(result: CheckResult): void {
    this.result = result;
    this.problemsDismissed = false;
    this.loading = false;
    void this.updateComplete.then(() => {
      if (this.result !== result) return;
      reportProblems(this, result.diagnostics, false);
      if (result.dataset.events.length > 0 || result.dataset.places.length > 0) {
        this.dispatchEvent(
          new RelationsReadyEvent({ events: result.dataset.events.length, places: result.dataset.places.length }),
        );
      }
      this.#url.read();
      this.#prepareSearch(result.dataset);
    });
  }

  #searchSlice: ReturnType<typeof setTimeout> | undefined;

  /**
   * Builds the search's text in short tasks once the views are drawn, so that the first keystroke finds it ready (at
   * a million events it takes seconds: one task would freeze the page).
   */
  #prepareSearch(data: LoadedDataset): void {
    clearTimeout(this.#searchSlice);
    const slice = () => {
      if (this.loadedData !== data || !this.isConnected) return;
      if (!prepareSearch(data, elementLang(this), performance.now() + SEARCH_SLICE_MS))
        this.#searchSlice = setTimeout(slice, 0);
    };
    this.#searchSlice = setTimeout(slice, 0);
  }

  #onJoin(state: Readonly<BusState>): void {
    this.selection = state.selection;
    // Categories this data set does not have are kept: republished, they stay hidden for the views that have them.
    this.hiddenCategories = new Set(state.hidden ?? []);
  }

  #onBusMessage(message: BusMessage): void {
    switch (message.type) {
      case 'select':
        this.#setSelection(message.selection, { publish: false, userAction: false });
        break;
      case 'range':
        this.#url.schedule();
        break;
      case 'filter':
        this.hiddenCategories = new Set(message.hidden ?? []);
        break;
      case 'hover':
        break;
    }
  }

  #setSelection(selection: Selection, how: { publish: boolean; userAction: boolean }): void {
    this.selection = isEmptySelection(selection) ? null : selection;
    if (how.publish) this.#busController.publish({ type: 'select', selection });
    if (how.userAction) {
      this.dispatchEvent(new RelationsSelectEvent(selection));
      this.#playback.stop();
    }
    this.announcement = describeSelection(this.loadedData, selection, elementLang(this));
    this.#url.schedule();
  }

  // --- filters and search -------------------------------------------------------------------------------------

  #toggleCategory(id: string): void {
    const hidden = new Set(this.hiddenCategories);
    if (hidden.has(id)) hidden.delete(id);
    else hidden.add(id);
    this.hiddenCategories = hidden;
    this.#publishFilter();
  }

  /** The chips and the search, for every view on the channel: hidden categories, and the events a search matched. */
  #publishFilter(): void {
    const message = filterMessage(this.loadedData, this.hiddenCategories, this.query, elementLang(this));
    // A keystroke that leaves the same events ("eve" after "ev", a trailing space) costs the views nothing.
    const state = this.#busController.channel?.state;
    if (state && sameFilter(state, message)) return;
    this.#busController.publish({ type: 'filter', ...message });
  }

  #selected: { selection: Selection | null; ids: ReadonlySet<string> } = { selection: null, ids: new Set() };

  #selectedIds(): ReadonlySet<string> {
    if (this.#selected.selection !== this.selection) {
      this.#selected = { selection: this.selection, ids: new Set(this.selection?.eventIds ?? []) };
    }
    return this.#selected.ids;
  }

  /** The same list (the same array, so the table does not sort again) until the data, chips, search or language change. */
  #visible: { key: readonly unknown[]; events: readonly LoadedEvent[] } | null = null;

  #visibleEvents(): readonly LoadedEvent[] {
    const key = [this.loadedData, this.hiddenCategories, this.query, elementLang(this)];
    if (!this.#visible || key.some((part, i) => part !== this.#visible!.key[i])) {
      this.#visible = {
        key,
        events: visibleEvents(this.loadedData, this.hiddenCategories, this.query, elementLang(this)),
      };
    }
    return this.#visible.events;
  }

  #onSearchInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    if (this.query) this.tab = 'list';
    this.#publishFilter();
  }

  #onSearchKey(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const matches = this.#visibleEvents();
    if (!this.query || matches.length === 0) return;
    this.#setSelection({ eventIds: matches.map((e) => e.id), placeIds: [] }, { publish: true, userAction: true });
  }

  // --- playback ------------------------------------------------------------------------------------------------

  /** Selects the next visible event in time order and frames it; false when there is none. */
  #step(): boolean {
    const events = this.#visibleEvents();
    const current = this.selection?.eventIds.length === 1 ? this.selection.eventIds[0] : null;
    const index = current ? events.findIndex((e) => e.id === current) : -1;
    const next = events[index + 1];
    if (!next) return false;
    this.#setSelection({ eventIds: [next.id], placeIds: [] }, { publish: true, userAction: false });
    const window = playbackWindow(next.when.start, next.when.end);
    if (window) this.#timeline?.zoomTo(window.start, window.end);
    return true;
  }

  #applyUrl(state: UrlState): void {
    const data = this.loadedData;
    if (!data) return;
    // Ids the data does not know are dropped, from the views and (written back below) from the address.
    const { selection, hidden, query } = knownUrlState(data, state);
    if (selection) this.#setSelection(selection, { publish: true, userAction: false });
    if (query !== this.query || !sameSet(hidden, this.hiddenCategories)) {
      this.query = query;
      this.hiddenCategories = hidden;
      this.#publishFilter();
    }
    this.#url.schedule();
    const window = state.window;
    const step = state.step && data.story?.steps[state.step - 1] ? state.step - 1 : -1;
    if (step >= 0) {
      // The step sets its own window, selection and filter; the link names it, never focus (the reader may be elsewhere).
      if (step !== this.storyIndex) void this.updateComplete.then(() => this.#goToStep(step, false));
    } else {
      if (this.storyIndex >= 0) this.storyIndex = -1;
      if (window) void this.updateComplete.then(() => this.#timeline?.zoomTo(window.start, window.end));
    }
  }

  #copyLink(): void {
    void this.#url
      .copyLink()
      .then((copied) => (this.announcement = t(elementLang(this), copied ? 'linkCopied' : 'linkNotCopied')));
  }

  // --- children ------------------------------------------------------------------------------------------------

  /** The views report readiness and errors to the atlas, which reports once for all of them. */
  #swallowChildReport(event: Event): void {
    if (event.target !== this) event.stopPropagation();
  }

  #onTabKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    this.tab = this.tab === 'details' ? 'list' : 'details';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  }

  // --- render --------------------------------------------------------------------------------------------------

  override render() {
    const data = this.loadedData;
    if (this.loading && !data) {
      const lang = elementLang(this);
      return renderSkeleton(loadingText(this, lang), loadProgress(this) !== null);
    }
    if (!data)
      return html`<p class="status">No data: set the <code>src</code> attribute or the <code>data</code> property.</p>`;
    const visible = this.#visibleEvents();
    const meta = data.meta;
    const lang = elementLang(this);
    const bus = this.#busController.channel;
    return html`<div class="root" dir=${elementDirection(this)}>
      ${this.hideHeader ? nothing : renderHeader(meta)}
      <div class="notice">
        ${renderProblems({
          diagnostics: this.diagnostics,
          debug: this.debug,
          dismissed: this.problemsDismissed,
          dismiss: () => (this.problemsDismissed = true),
          lang,
          retry: () => this.reload(),
        })}
      </div>
      ${renderToolbar({
        data,
        lang,
        hidden: this.hiddenCategories,
        query: this.query,
        visibleCount: visible.length,
        playing: this.#playback.playing,
        motionAllowed: this.#playback.motionAllowed,
        toggleCategory: (id) => this.#toggleCategory(id),
        onSearchInput: (event) => this.#onSearchInput(event),
        onSearchKey: (event) => this.#onSearchKey(event),
        togglePlayback: () => this.#playback.toggle(),
        copyLink: this.syncUrl ? () => this.#copyLink() : null,
        startStory: data.story?.steps.length && this.storyIndex < 0 ? () => this.#goToStep(0) : null,
        download: this.#download.render(lang),
      })}
      ${
        data.story && this.storyIndex >= 0
          ? renderTour({
              story: data.story,
              index: this.storyIndex,
              lang,
              go: (index) => this.#goToStep(index),
              exit: () => this.#exitStory(),
            })
          : nothing
      }
      ${renderViews({
        bus,
        data,
        lang: this.lang,
        theme: this.theme,
        swallow: (event) => this.#swallowChildReport(event),
        panel: renderPanel({
          data,
          lang,
          tab: this.tab,
          visible,
          selection: this.selection,
          selectedIds: this.#selectedIds(),
          noMedia: this.noMedia,
          setTab: (tab) => (this.tab = tab),
          onTabKey: (event) => this.#onTabKey(event),
          choose: (selection) => this.#fromPanel(selection),
        }),
      })}
      ${renderSourceLine(data, lang)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /** Story mode: shows step `index` in every view, as `<relations-story>` does, and keeps focus in the controls. */
  #goToStep(index: number, focus = true): void {
    const data = this.loadedData;
    const step = data?.story?.steps[index];
    if (!data || !step) return;
    const entering = this.storyIndex < 0;
    this.storyIndex = index;
    this.#playback.stop();
    const view = stepView(step, data);
    this.hiddenCategories = new Set(view.hidden ?? []);
    this.#publishFilter();
    if (view.window) this.#timeline?.zoomTo(view.window.start, view.window.end, { animate: true });
    this.#setSelection(toSelection(view.selection), { publish: true, userAction: false });
    const map = this.#map;
    if (view.map && map) {
      if ('fit' in view.map) map.fitTo(view.map.fit, { animate: true });
      else map.centerOn(view.map.center, view.map.zoom, { animate: true });
    }
    this.announcement = t(elementLang(this), 'storyStep', {
      n: index + 1,
      total: data.story!.steps.length,
      title: step.title,
    });
    this.dispatchEvent(new RelationsStepEvent(index, step.id));
    this.#url.schedule();
    if (entering && focus)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('.tour-next, .tour-exit')?.focus(),
      );
  }

  /** Escape or "Back to exploring": the views stay where the story left them; focus goes back to "Start the story". */
  #exitStory(): void {
    this.storyIndex = -1;
    this.#url.schedule();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.start-story')?.focus());
  }

  #fromPanel(selection: Selection): void {
    this.#setSelection(withPlaceEvents(this.loadedData, selection), { publish: true, userAction: true });
  }

  get #timeline(): RelationsTimeline | null {
    return this.renderRoot.querySelector('relations-timeline');
  }

  get #map(): RelationsMap | null {
    return this.renderRoot.querySelector('relations-map');
  }

  /** The timeline and map inside, for pages that want to call their methods (zoomTo, fitTo). */
  get views(): { timeline: RelationsTimeline | null; map: RelationsMap | null } {
    return { timeline: this.#timeline, map: this.#map };
  }
}
