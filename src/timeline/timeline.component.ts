import { type PropertyDeclarations, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../common/css-props.js';
import { RelationsDataView } from '../common/data-view.js';
import { DatasetLoader } from '../common/dataset-loader.js';
import { AxisTransform, AxisZoom, IDENTITY } from './axis-zoom.js';
import { timeScale, type TimeScale } from './time-scale.js';
import { BusController } from '../bus/bus-controller.js';
import {
  RelationsErrorEvent,
  RelationsHoverEvent,
  RelationsRangeEvent,
  RelationsReadyEvent,
  RelationsSelectEvent,
} from '../bus/dom-events.js';
import type { BusMessage, BusState } from '../bus/messages.js';
import { diagnosticLines, type Diagnostic } from '../data/diagnostics.js';
import { parseEdtf } from '../data/edtf.js';
import { formatEdtf } from '../data/format-date.js';
import type { LoadedDataset, LoadedEvent, LoadedSeries } from '../data/loaded.js';
import { eventIdsOf, isEmptySelection, toSelection, type Selection } from '../data/selection.js';
import { categoryColor, defaultCategoryColor } from '../common/palette.js';
import { binEvents, type Bins } from './density-bins.js';
import { buildEventIndex, visiblePositions, type EventIndex } from './event-index.js';
import { stepInTime, stepLane } from './keyboard-nav.js';
import { elide, placeLabels } from './label-placement.js';
import { markId } from './mark-id.js';
import { packRows } from './row-packing.js';
import { styles } from './timeline.styles.js';
import { axisTicks, type AxisTick } from './time-axis.js';

/** At most this many events are drawn one by one; above it, the densest lanes turn into bins with counts. */
export const MAX_MARKS = 400;
/** A lane with more visible events than this is binned when the whole view is over `MAX_MARKS`. */
const LANE_MARK_LIMIT = 60;
const BIN_PX = 28;
const AXIS_H = 26;
const OVERVIEW_H = 30;
const SERIES_H = 56;
const RIGHT = 14;
const ROW_H = 10;
const POINT_R = 3.5;
const MIN_BAR = 3;
const DAY = 86_400_000;
const MIN_WINDOW = 2 * DAY;
const ANIMATION_MS = 220;

interface Mark {
  readonly position: number;
  readonly event: LoadedEvent;
  readonly id: string;
  readonly domId: string;
  readonly kind: 'bar' | 'point';
  /** Plot x of the left and right edges, px. */
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly color: string;
  readonly openStart: boolean;
  readonly openEnd: boolean;
  label: string;
  labelX: number;
}

interface LaneView {
  readonly id: string;
  readonly label: string;
  readonly top: number;
  readonly height: number;
  readonly color: string;
  readonly binned: boolean;
}

interface View {
  readonly start: number;
  readonly end: number;
  readonly plotWidth: number;
  readonly laneHeight: number;
  readonly lanes: readonly LaneView[];
  readonly ticks: readonly AxisTick[];
  readonly marks: readonly Mark[];
  readonly bins: Bins | null;
  readonly visibleCount: number;
  /** Marks are drawn relative to an anchor time that stays put while only panning, so a pan moves one group. */
  readonly offset: number;
}

interface Tip {
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
}

function toTime(value: string | Date | number, edge: 'start' | 'end'): number | null {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const parsed = parseEdtf(value);
  if (!parsed.ok) return null;
  const time = edge === 'start' ? parsed.value.start : parsed.value.end;
  return Number.isFinite(time) ? time : null;
}

/**
 * @summary A zoomable timeline of a relations data set: one lane per category, points and intervals at the precision
 * the source gives, a series track and an overview strip. Fast with 100,000 events; usable by keyboard.
 *
 * Public contract: each individually drawn event mark in the shadow root carries `data-event-id="<id>"`; a mark
 * highlighted by a selection (here or in another view on the channel) carries `data-highlighted`; the selected
 * event's mark has `aria-selected="true"`. Where a view holds more than 400 events the densest lanes are drawn as
 * bins with counts instead, and those events have no mark until the reader zooms in.
 *
 * Mouse: wheel or pinch zooms, drag pans, double-click zooms in, the buttons zoom and fit; hover shows a tooltip,
 * click selects. Keyboard (one tab stop): ← → previous / next event in time, ↑ ↓ nearest event in the lane above /
 * below, Enter or Space selects, `+` / `-` zoom, `0` fits all, Page Up / Page Down pan, Home / End the first / last
 * event, Escape clears the selection.
 *
 * @fires relations-select - the reader selected an event (click, Enter, Space) or cleared (Escape); detail `{eventIds, placeIds}`
 * @fires relations-hover - the pointer or keyboard focus is on an event (detail a selection) or left (`null`)
 * @fires relations-range - the visible window changed (at most once a frame); detail `{start, end}` (`Date`s)
 * @fires relations-ready - first render with a data set; detail `{events}`
 * @fires relations-error - loading failed or records were rejected; detail `{diagnostics}`
 *
 * @csspart axis - the time axis
 * @csspart lanes - the lane bands and their names
 * @csspart marks - the layer of event marks (the one tab stop)
 * @csspart series - the series track
 * @csspart overview - the overview strip with the window brush
 * @csspart tooltip - the hover tooltip
 * @csspart toolbar - the zoom and fit buttons
 * @csspart status - loading and error messages
 *
 * @cssproperty [--relations-font=system-ui, sans-serif] - font of every label
 * @cssproperty [--relations-timeline-height=360px] - height when the page sets none
 * @cssproperty [--relations-timeline-font-size=12px] - label size
 * @cssproperty [--relations-timeline-text=#1f2328] - text
 * @cssproperty [--relations-timeline-muted=#596069] - axis labels and secondary text
 * @cssproperty [--relations-timeline-grid=#e3e5e8] - gridlines and lane separators
 * @cssproperty [--relations-timeline-band=#f6f7f8] - alternate lane background
 * @cssproperty [--relations-timeline-surface=#ffffff] - tooltip and label halo background
 * @cssproperty [--relations-timeline-accent=#d97706] - highlight and selection ring
 * @cssproperty [--relations-timeline-focus=#1d4ed8] - keyboard focus ring
 * @cssproperty [--relations-timeline-series=#56606b] - series bars
 * @cssproperty --relations-color-<category> - the colour of a category's marks (defaults from the shared palette)
 * @tagname relations-timeline
 */
export class RelationsTimeline extends RelationsDataView {
  static override styles = styles;

  #bus = new BusController(this, {
    onMessage: (message, state) => this.#onBusMessage(message, state),
    onJoin: (state) => this.#applyState(state),
  });
  readonly #loader = new DatasetLoader(this, {
    onLoading: (loading) => (this.loading = loading),
    onResult: (result) => this.#accept(result),
  });
  #index: EventIndex | null = null;
  #indexKey: unknown[] = [];
  #resizeObserver: ResizeObserver | null = null;
  #zoom: AxisZoom | null = null;
  #zoomTarget: HTMLElement | null = null;
  #transform: AxisTransform = IDENTITY;
  #pendingTransform: AxisTransform | null = null;
  #pendingSize: [number, number] | null = null;
  #frame = 0;
  #base: TimeScale = timeScale([0, 1], [0, 1]);
  #baseDomain: [number, number] = [0, 1];
  /** A window asked for before the element had a size (attributes, `zoomTo`). */
  #wantedWindow: [number, number] | null = null;
  #zoomedBeforeData = false;
  #view: View | null = null;
  #lastRange: [number, number] | null = null;
  #readyFor: LoadedDataset | null = null;
  #selection: Selection | null = null;
  #highlighted = new Set<string>();
  #hovered = new Set<string>();
  #categories: readonly string[] | null = null;
  #focusPosition = -1;
  #pointerId: string | null = null;
  #overviewDrag: { offset: number; pointerId: number } | null = null;
  #overviewDensity = '';
  #colors = new Map<string, string>();
  #ariaLabels = new WeakMap<LoadedEvent, string>();
  #ariaLang = '';
  #tipKey = '';
  #anchor: { time: number; pxPerMs: number } | null = null;
  #animation = 0;
  #measured = false;
  #shortFormat: { lang: string; format: Intl.DateTimeFormat } | null = null;

  static override properties: PropertyDeclarations = {
    start: { reflect: true },
    end: { reflect: true },
    groupBy: { reflect: true, attribute: 'group-by' },
    series: { reflect: true },
    width: { state: true, attribute: false },
    height: { state: true, attribute: false },
    tip: { state: true, attribute: false },
    focusVisible: { state: true, attribute: false },
  };

  /** Start of the initial window (EDTF, e.g. `1991` or `2004-04-01`). */
  declare start: string | null;
  /** End of the initial window (EDTF; a year means the end of that year). */
  declare end: string | null;
  /** The event field that makes the lanes; `category` by default. */
  declare groupBy: string;
  /** Id of the series drawn under the lanes; the data set's `trade-turnover` or first series by default. */
  declare series: string | null;

  declare width: number;
  declare height: number;
  declare tip: Tip | null;
  declare focusVisible: boolean;

  constructor() {
    super();
    this.start = null;
    this.end = null;
    this.groupBy = 'category';
    this.series = null;
    this.width = 0;
    this.height = 0;
    this.tip = null;
    this.focusVisible = false;
  }

  /** The events highlighted now (from a selection here or in another view), in no particular order. */
  get highlightedEventIds(): readonly string[] {
    return [...this.#highlighted];
  }

  /** The visible window, UTC ms; `null` before the first render with data. */
  get range(): { start: Date; end: Date } | null {
    return this.#view ? { start: new Date(this.#view.start), end: new Date(this.#view.end) } : null;
  }

  /** Selects events and places as the reader would, and tells the other views; fires no `relations-select`. */
  select(input: { eventIds?: readonly string[]; placeIds?: readonly string[] }): void {
    const selection = toSelection(input);
    this.#setSelection(selection, true);
    this.#bus.publish({ type: 'select', selection });
  }

  clearSelection(): void {
    this.select({});
  }

  /** Shows the window from `start` to `end` (EDTF strings, `Date`s or UTC ms; a year string covers that year). */
  zoomTo(start: string | Date | number, end: string | Date | number): void {
    const from = toTime(start, 'start');
    const to = toTime(end, 'end');
    if (from === null || to === null || !(to > from)) return;
    if (!this.loadedData) {
      this.#wantedWindow = [from, to];
      this.#zoomedBeforeData = true;
      return;
    }
    this.#setWindow(from, to);
  }

  /** Shows every event. */
  fit(): void {
    const [from, to] = this.#dataDomain();
    this.#setWindow(from, to);
  }

  // ---- lifecycle -------------------------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    this.#measured = false;
    this.#zoom?.destroy();
    this.#zoomTarget = null;
    this.#zoom = null;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    cancelAnimationFrame(this.#animation);
    this.#animation = 0;
    // Keep the window for a reconnect.
    if (this.#view) this.#wantedWindow = [this.#view.start, this.#view.end];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src')) this.#loader.load(this);
    if ((changed.has('start') || changed.has('end')) && this.loadedData) {
      const window = this.#attributeWindow();
      if (window) this.#setWindow(window[0], window[1]);
    }
    this.#refreshIndex();
    // A tooltip change alone does not move or restyle any mark.
    if (!this.#view || !(changed.size === 1 && changed.has('tip'))) this.#view = this.#computeView();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.isConnected) return;
    this.#attach();
    if (changed.has('loadedData')) this.#colors.clear();
    this.#drawCanvas();
    const view = this.#view;
    const data = this.loadedData;
    // A hidden element (no size) still reports ready once it has been measured, so hosts are not left waiting.
    if (data && this.#readyFor !== data && !view && this.#measured && this.width === 0) {
      this.#readyFor = data;
      this.dispatchEvent(new RelationsReadyEvent({ events: data.events.length }));
    }
    if (!view || !this.loadedData) return;
    if (!this.#lastRange || this.#lastRange[0] !== view.start || this.#lastRange[1] !== view.end) {
      this.#lastRange = [view.start, view.end];
      this.dispatchEvent(new RelationsRangeEvent(view.start, view.end));
      this.#bus.publish({ type: 'range', start: view.start, end: view.end });
    }
    if (this.#readyFor !== this.loadedData) {
      this.#readyFor = this.loadedData;
      this.dispatchEvent(new RelationsReadyEvent({ events: this.loadedData.events.length }));
    }
  }

  // ---- loading ---------------------------------------------------------------------------------------------------

  #accept(result: { dataset: LoadedDataset; diagnostics: readonly Diagnostic[] }): void {
    this.loadedData = result.dataset;
    this.diagnostics = result.diagnostics;
    this.loading = false;
    this.#readyFor = null;
    this.#focusPosition = -1;
    this.#baseDomain = this.#dataDomain();
    // The window to open on: one asked for with zoomTo() before the data came, else the attributes, else all.
    this.#wantedWindow = (this.#zoomedBeforeData ? this.#wantedWindow : null) ?? this.#attributeWindow();
    this.#zoomedBeforeData = false;
    this.#transform = IDENTITY;
    this.#pendingTransform = null;
    if (this.#zoom && this.#zoomTarget) this.#resetZoom();
    if (this.#selection) this.#highlighted = eventIdsOf(result.dataset, this.#selection);
    if (result.diagnostics.length > 0) this.dispatchEvent(new RelationsErrorEvent(result.diagnostics));
  }

  #refreshIndex(): void {
    const data = this.loadedData;
    const key = [data, this.groupBy, this.#lang, this.#categories];
    if (key.every((v, i) => v === this.#indexKey[i])) return;
    this.#indexKey = key;
    this.#index = data ? buildEventIndex(data, { groupBy: this.groupBy, lang: this.#lang, categories: this.#categories }) : null;
    this.#focusPosition = -1;
    this.#overviewDensity = '';
    this.#ariaLabels = new WeakMap();
  }

  #attributeWindow(): [number, number] | null {
    if (!this.start || !this.end) return null;
    const from = toTime(this.start, 'start');
    const to = toTime(this.end, 'end');
    return from !== null && to !== null && to > from ? [from, to] : null;
  }

  get #lang(): string {
    return this.lang || this.ownerDocument?.documentElement?.lang || 'en';
  }

  // ---- geometry and zoom -----------------------------------------------------------------------------------------

  /** The data's extent with a little room at each end; the last ten years when there is no data. */
  #dataDomain(): [number, number] {
    const extent = this.loadedData?.extent;
    if (!extent) {
      const now = Date.UTC(new Date().getUTCFullYear() + 1, 0, 1);
      return [now - 10 * 365.25 * DAY, now];
    }
    const span = Math.max(extent[1] - extent[0], 30 * DAY);
    return [extent[0] - span * 0.03, extent[1] + span * 0.03];
  }

  get #labelWidth(): number {
    return this.width < 520 ? 96 : 158;
  }

  get #plotWidth(): number {
    return Math.max(40, this.width - this.#labelWidth - RIGHT);
  }

  get #seriesData(): LoadedSeries | null {
    const all = this.loadedData?.series ?? [];
    const wanted = this.series ?? 'trade-turnover';
    return all.find((s) => s.id === wanted) ?? (this.series ? null : all[0] ?? null);
  }

  #layout() {
    const seriesH = this.#seriesData ? SERIES_H : 0;
    const stageH = Math.max(60, this.height - OVERVIEW_H);
    const lanesH = Math.max(20, stageH - AXIS_H - seriesH - 4);
    return { stageH, lanesH, seriesTop: AXIS_H + lanesH + 4, seriesH };
  }

  #attach(): void {
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (frame && !this.#resizeObserver) {
      // The new size is taken in the next frame, not in the observer's callback: whatever the page does on the events
      // a resize fires (mounting another element, say) would otherwise run inside the browser's resize loop.
      this.#resizeObserver = new ResizeObserver((entries) => {
        const box = entries[0].contentRect;
        this.#pendingSize = [Math.round(box.width), Math.round(box.height)];
        this.#schedule();
      });
      this.#resizeObserver.observe(frame);
    }
    const target = this.renderRoot.querySelector<HTMLElement>('.stage');
    if (target && target !== this.#zoomTarget) {
      this.#zoom?.destroy();
      this.#zoomTarget = target;
      this.#zoom = new AxisZoom(target, {
        extent: () => [this.#labelWidth, this.#labelWidth + this.#plotWidth],
        scaleExtent: () => [1, Math.max(1, (this.#baseDomain[1] - this.#baseDomain[0]) / MIN_WINDOW)],
        // Gestures that start on the toolbar stay clicks; everything else pans and zooms.
        filter: (event) => !(event.target as Element | null)?.closest?.('.toolbar') && (!event.ctrlKey || event.type === 'wheel'),
        onStart: () => {
          cancelAnimationFrame(this.#animation);
          this.#animation = 0;
        },
        onZoom: (transform) => {
          this.#pendingTransform = transform;
          this.#schedule();
        },
      });
      this.#resetZoom();
    }
  }

  #resize([width, height]: [number, number]): void {
    this.#pendingSize = null;
    this.#measured = true;
    if (width === this.width && height === this.height) return;
    const keep = this.#view && this.width > 0 ? ([this.#view.start, this.#view.end] as [number, number]) : null;
    this.width = width;
    this.height = height;
    if (keep && !this.#wantedWindow) this.#wantedWindow = keep;
    this.#resetZoom();
  }

  /** Sets the zoom behaviour's extents for the current size and puts the wanted window in view. */
  #resetZoom(): void {
    const zoomBehavior = this.#zoom;
    const target = this.#zoomTarget;
    if (!zoomBehavior || !target || this.width === 0) return;
    const left = this.#labelWidth;
    const plotWidth = this.#plotWidth;
    const wanted = this.#wantedWindow;
    const domain = this.#dataDomain();
    if (wanted) {
      domain[0] = Math.min(domain[0], wanted[0]);
      domain[1] = Math.max(domain[1], wanted[1]);
    }
    this.#baseDomain = domain;
    this.#base = timeScale(domain, [left, left + plotWidth]);
    const window = wanted ?? domain;
    this.#wantedWindow = null;
    this.#applyWindow(window[0], window[1]);
  }

  #transformFor(start: number, end: number): AxisTransform {
    const left = this.#labelWidth;
    const b0 = this.#base(start);
    const b1 = this.#base(end);
    const k = this.#plotWidth / Math.max(1e-9, b1 - b0);
    return new AxisTransform(k, left - k * b0);
  }

  #applyWindow(start: number, end: number): void {
    if (!this.#zoom || !this.#zoomTarget) return;
    const t = this.#transformFor(start, end);
    this.#zoom.transform = t;
  }

  #setWindow(start: number, end: number): void {
    const [d0, d1] = this.#baseDomain;
    if (!this.#zoom || this.width === 0 || start < d0 || end > d1) {
      this.#wantedWindow = [start, end];
      this.#resetZoom();
      this.requestUpdate();
      return;
    }
    this.#applyWindow(start, end);
  }

  #schedule(): void {
    if (this.#frame || !this.isConnected) return;
    this.#frame = requestAnimationFrame(() => {
      if (this.#pendingSize) this.#resize(this.#pendingSize);
      this.#frame = 0;
      if (this.#pendingTransform) {
        this.#transform = this.#pendingTransform;
        this.#pendingTransform = null;
      }
      this.requestUpdate();
    });
  }

  /** Zooms by `factor` about a plot x (the middle by default), animated unless reduced motion is asked for. */
  #zoomBy(factor: number, atPlotX?: number): void {
    const view = this.#view;
    if (!view) return;
    const at = Math.min(1, Math.max(0, (atPlotX ?? view.plotWidth / 2) / view.plotWidth));
    const span = view.end - view.start;
    const [d0, d1] = this.#baseDomain;
    const next = Math.min(d1 - d0, Math.max(MIN_WINDOW, span / factor));
    const time = view.start + at * span;
    let start = time - at * next;
    start = Math.max(d0, Math.min(start, d1 - next));
    this.#animateTo(start, start + next);
  }

  #panBy(fraction: number): void {
    const view = this.#view;
    if (!view) return;
    const shift = (view.end - view.start) * fraction;
    const [d0, d1] = this.#baseDomain;
    const span = view.end - view.start;
    const start = Math.max(d0, Math.min(view.start + shift, d1 - span));
    this.#animateTo(start, start + span);
  }

  /**
   * Moves the window to `[start, end)` over a few frames (each step through the zoom transform, so the gestures
   * behaviour stays in step), or at once when the reader prefers reduced motion.
   */
  #animateTo(start: number, end: number): void {
    cancelAnimationFrame(this.#animation);
    this.#animation = 0;
    const view = this.#view;
    const reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    if (reduced || !view || !this.#zoom) {
      this.#setWindow(start, end);
      return;
    }
    const [s0, e0] = [view.start, view.end];
    const began = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - began) / ANIMATION_MS);
      const k = 1 - Math.pow(1 - t, 3);
      this.#applyWindow(s0 + (start - s0) * k, e0 + (end - e0) * k);
      this.#animation = t < 1 && this.isConnected ? requestAnimationFrame(step) : 0;
    };
    this.#animation = requestAnimationFrame(step);
  }

  /** Pans (keeping the zoom) so the event is in view, unless it already is. */
  #reveal(position: number): void {
    const view = this.#view;
    const index = this.#index;
    if (!view || !index || position < 0) return;
    const start = index.starts[position];
    const end = index.ends[position];
    const visibleStart = Number.isFinite(start) ? start : end;
    const visibleEnd = Number.isFinite(end) ? end : start;
    if (visibleEnd > view.start && visibleStart < view.end) return;
    const span = view.end - view.start;
    const middle = (visibleStart + visibleEnd) / 2;
    const [d0, d1] = this.#baseDomain;
    let from = middle - span / 2;
    from = Math.max(d0, Math.min(from, d1 - span));
    this.#animateTo(from, from + span);
  }

  // ---- the view model --------------------------------------------------------------------------------------------

  #colorOf(category: string): string {
    let color = this.#colors.get(category);
    if (!color) {
      const safe = category.replace(/[^A-Za-z0-9_-]/g, '_');
      color = getComputedStyle(this).getPropertyValue(`--relations-color-${safe}`).trim() || defaultCategoryColor(category);
      this.#colors.set(category, color);
    }
    return color;
  }

  #computeView(): View | null {
    const index = this.#index;
    if (!index || this.width === 0 || this.height === 0) return null;
    const transform = this.#transform;
    const x = transform.rescaleX(this.#base);
    const plotWidth = this.#plotWidth;
    const [start, end] = x.domain();
    if (!(end > start)) return null;
    const pxPerMs = plotWidth / (end - start);
    const toX = (time: number) => (time - start) * pxPerMs;
    const { lanesH } = this.#layout();
    const laneCount = Math.max(1, index.lanes.length);
    const laneHeight = lanesH / laneCount;
    const positions = visiblePositions(index, start, end);
    const laneCounts = new Int32Array(laneCount);
    for (let k = 0; k < positions.length; k++) laneCounts[index.laneOf[positions[k]]]++;
    const binned = new Uint8Array(laneCount);
    if (positions.length > MAX_MARKS) {
      // Draw the sparse lanes one by one, as many as fit under the cap; bin the rest.
      const order = [...laneCounts.keys()].sort((a, b) => laneCounts[a] - laneCounts[b]);
      let drawn = 0;
      for (const lane of order) {
        if (laneCounts[lane] <= LANE_MARK_LIMIT && drawn + laneCounts[lane] <= MAX_MARKS) drawn += laneCounts[lane];
        else binned[lane] = 1;
      }
    }
    const lanes: LaneView[] = index.lanes.map((lane, i) => ({
      id: lane.id,
      label: lane.label,
      top: i * laneHeight,
      height: laneHeight,
      color: this.groupBy === 'category' ? categoryColor(lane.id) : categoryColor(`lane-${i}`),
      binned: binned[i] === 1,
    }));
    let bins: Bins | null = null;
    const chosen: number[] = [];
    if (binned.some((b) => b === 1)) {
      bins = binEvents(positions, index.starts, index.ends, index.laneOf, laneCount, { start, end, width: plotWidth }, BIN_PX, (lane) => binned[lane] === 1);
      // The focused and the highlighted events keep their marks even inside a binned lane.
      const keep = new Set<number>();
      if (this.#focusPosition >= 0) keep.add(this.#focusPosition);
      let extra = 0;
      for (const id of this.#highlighted) {
        const p = index.positionOf.get(id);
        if (p !== undefined && extra++ < 100) keep.add(p);
      }
      for (let k = 0; k < positions.length; k++) {
        const p = positions[k];
        if (!binned[index.laneOf[p]] || keep.has(p)) chosen.push(p);
      }
    } else {
      for (let k = 0; k < positions.length; k++) chosen.push(positions[k]);
    }
    // The keyboard-focused event keeps its mark (so aria-activedescendant resolves) even while it is panned to.
    const focus = this.#focusPosition;
    if (focus >= 0 && focus < index.events.length && !chosen.includes(focus)) chosen.push(focus);
    // Pixel extents per mark, then rows per lane, then labels.
    const maxRows = Math.max(1, Math.floor((laneHeight - 3) / ROW_H));
    const byLane: number[][] = lanes.map(() => []);
    const x0s = new Float64Array(chosen.length);
    const x1s = new Float64Array(chosen.length);
    const kinds: ('bar' | 'point')[] = [];
    for (let k = 0; k < chosen.length; k++) {
      const p = chosen[k];
      const event = index.events[p];
      const a = Number.isFinite(index.starts[p]) ? toX(index.starts[p]) : -12;
      const b = Number.isFinite(index.ends[p]) ? toX(index.ends[p]) : plotWidth + 12;
      const isPoint = event.when.kind === 'date' && event.when.from?.precision === 'day' && b - a < 2 * POINT_R;
      if (isPoint) {
        const middle = (a + b) / 2;
        x0s[k] = middle - POINT_R;
        x1s[k] = middle + POINT_R;
        kinds.push('point');
      } else {
        x0s[k] = a;
        x1s[k] = Math.max(b, a + MIN_BAR);
        kinds.push('bar');
      }
      byLane[index.laneOf[p]].push(k);
    }
    const marks: Mark[] = new Array(chosen.length);
    for (let lane = 0; lane < byLane.length; lane++) {
      const ks = byLane[lane];
      if (ks.length === 0) continue;
      // Packing goes by the left edge, so order the lane's marks by it (points may start before a bar's start).
      ks.sort((a, b) => x0s[a] - x0s[b]);
      const rows = packRows(
        ks.map((k) => Math.max(x0s[k], -12)),
        ks.map((k) => x1s[k]),
        maxRows,
      );
      const rowsUsed = Math.min(maxRows, Math.max(...rows) + 1);
      const blockTop = lanes[lane].top + (laneHeight - rowsUsed * ROW_H) / 2;
      const labels = placeLabels(
        ks.map((k, i) => ({ x0: x0s[k], x1: Math.min(x1s[k], plotWidth), row: rows[i], text: index.events[chosen[k]].title })),
        plotWidth,
      );
      const color = lanes[lane].color;
      ks.forEach((k, i) => {
        const p = chosen[k];
        const event = index.events[p];
        marks[k] = {
          position: p,
          event,
          id: event.id,
          domId: markId(event.id),
          kind: kinds[k],
          x0: x0s[k],
          x1: x1s[k],
          y: blockTop + rows[i] * ROW_H + ROW_H / 2,
          color,
          openStart: !Number.isFinite(index.starts[p]),
          openEnd: !Number.isFinite(index.ends[p]),
          label: labels[i].text,
          labelX: labels[i].x,
        };
      });
    }
    if (!this.#overviewDensity) this.#overviewDensity = this.#densityPath();
    const anchor = this.#anchor;
    if (!anchor || Math.abs(anchor.pxPerMs - pxPerMs) > pxPerMs * 1e-9 || Math.abs((anchor.time - start) * pxPerMs) > 1e6) {
      this.#anchor = { time: start, pxPerMs };
    }
    const offset = (this.#anchor!.time - start) * pxPerMs;
    return {
      start,
      end,
      plotWidth,
      laneHeight,
      lanes,
      ticks: axisTicks(start, end, plotWidth, this.#lang),
      marks,
      bins,
      visibleCount: positions.length,
      offset,
    };
  }

  /** An area path of event density over the whole span, for the overview strip (drawn once per data set). */
  #densityPath(): string {
    const index = this.#index;
    if (!index || index.events.length === 0) return '';
    const [d0, d1] = this.#baseDomain;
    const columns = 160;
    const counts = new Uint32Array(columns);
    for (let i = 0; i < index.events.length; i++) {
      const a = Number.isFinite(index.starts[i]) ? index.starts[i] : index.ends[i];
      const b = Number.isFinite(index.ends[i]) ? index.ends[i] : index.starts[i];
      const column = Math.floor((((a + b) / 2 - d0) / (d1 - d0)) * columns);
      if (column >= 0 && column < columns) counts[column]++;
    }
    const max = Math.max(1, ...counts);
    let path = `M0,1`;
    for (let c = 0; c < columns; c++) {
      const y = 1 - Math.sqrt(counts[c] / max);
      path += `L${(c / columns).toFixed(4)},${y.toFixed(3)}L${((c + 1) / columns).toFixed(4)},${y.toFixed(3)}`;
    }
    return `${path}L1,1Z`;
  }

  // ---- canvas (bins) ---------------------------------------------------------------------------------------------

  #drawCanvas(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.dense');
    const view = this.#view;
    if (!canvas) return;
    const ratio = globalThis.devicePixelRatio || 1;
    const { lanesH } = this.#layout();
    const width = Math.round((view?.plotWidth ?? 0) * ratio);
    const height = Math.round(lanesH * ratio);
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    const bins = view?.bins;
    if (!view || !bins) return;
    context.scale(ratio, ratio);
    const style = getComputedStyle(this);
    const text = style.getPropertyValue('--relations-timeline-text').trim() || '#1f2328';
    const font = style.getPropertyValue('--relations-font').trim() || 'system-ui, sans-serif';
    context.font = `600 10px ${font}`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    const cellH = Math.min(18, view.laneHeight - 6);
    for (let lane = 0; lane < bins.lanes; lane++) {
      const laneView = view.lanes[lane];
      if (!laneView?.binned) continue;
      const color = this.#colorOf(laneView.id);
      const y = laneView.top + (view.laneHeight - cellH) / 2;
      for (let c = 0; c < bins.columns; c++) {
        const count = bins.counts[lane * bins.columns + c];
        if (count === 0) continue;
        const strength = 0.18 + 0.72 * Math.sqrt(count / bins.max);
        const x = c * bins.binPx + 1;
        const w = Math.min(bins.binPx - 2, view.plotWidth - x);
        if (w <= 0) continue;
        context.globalAlpha = strength;
        context.fillStyle = color;
        context.fillRect(x, y, w, cellH);
        context.globalAlpha = 1;
        context.fillStyle = strength > 0.55 ? '#ffffff' : text;
        context.fillText(count > 999 ? `${Math.round(count / 100) / 10}k` : String(count), x + w / 2, y + cellH / 2 + 0.5, w - 2);
      }
    }
  }

  // ---- selection and bus -----------------------------------------------------------------------------------------

  #setSelection(selection: Selection, follow: boolean): void {
    this.#selection = isEmptySelection(selection) ? null : selection;
    const data = this.loadedData;
    this.#highlighted = data && this.#selection ? eventIdsOf(data, this.#selection) : new Set();
    if (follow && this.#index && this.#highlighted.size > 0) {
      const positions = [...this.#highlighted].map((id) => this.#index!.positionOf.get(id) ?? -1).filter((p) => p >= 0);
      const view = this.#view;
      const anyVisible =
        view && positions.some((p) => this.#index!.ends[p] > view.start && this.#index!.starts[p] < view.end);
      if (!anyVisible && positions.length > 0) this.#reveal(Math.min(...positions));
    }
    this.requestUpdate();
  }

  #onBusMessage(message: BusMessage, _state: Readonly<BusState>): void {
    switch (message.type) {
      case 'select':
        this.#setSelection(message.selection, true);
        break;
      case 'hover':
        this.#hovered = this.loadedData && message.selection ? eventIdsOf(this.loadedData, message.selection) : new Set();
        this.requestUpdate();
        break;
      case 'filter':
        this.#categories = message.categories;
        this.requestUpdate();
        break;
      default:
        break;
    }
  }

  #applyState(state: Readonly<BusState>): void {
    this.#categories = state.categories;
    if (state.selection) this.#setSelection(state.selection, false);
    this.requestUpdate();
  }

  #userSelect(event: LoadedEvent | null): void {
    const selection: Selection = { eventIds: event ? [event.id] : [], placeIds: [] };
    this.#setSelection(selection, false);
    this.#bus.publish({ type: 'select', selection });
    this.dispatchEvent(new RelationsSelectEvent(selection));
    this.announcement = event
      ? `Selected: ${event.title}, ${formatEdtf(event.when, this.#lang)}.`
      : 'Selection cleared.';
  }

  #userHover(event: LoadedEvent | null): void {
    const id = event?.id ?? null;
    if (id === this.#pointerId) return;
    this.#pointerId = id;
    const selection: Selection | null = event ? { eventIds: [event.id], placeIds: [] } : null;
    this.#bus.publish({ type: 'hover', selection });
    this.dispatchEvent(new RelationsHoverEvent(selection));
  }

  // ---- handlers --------------------------------------------------------------------------------------------------

  #eventAt(target: EventTarget | null): LoadedEvent | null {
    const mark = (target as Element | null)?.closest?.('[data-event-id]');
    const id = mark?.getAttribute('data-event-id');
    return id ? (this.loadedData?.eventById.get(id) ?? null) : null;
  }

  #tipFor(event: LoadedEvent): string[] {
    const lane = this.#index?.lanes[this.#index.laneOf[this.#index.positionOf.get(event.id) ?? 0]]?.label ?? event.category;
    const lines = [event.title, formatEdtf(event.when, this.#lang), lane];
    if (event.when.uncertain || event.when.approximate) {
      lines.push(event.when.approximate ? 'The date is approximate.' : 'The date is uncertain.');
    }
    return lines;
  }

  #onPointerMove = (pointer: PointerEvent): void => {
    if (pointer.buttons) return;
    const event = this.#eventAt(pointer.composedPath()[0] ?? null);
    const frame = this.renderRoot.querySelector('.frame')!.getBoundingClientRect();
    const x = pointer.clientX - frame.left;
    const y = pointer.clientY - frame.top;
    if (event) {
      this.#userHover(event);
      this.#showTip(`event:${event.id}`, () => this.#tipFor(event), x, y);
      return;
    }
    this.#userHover(null);
    const bin = this.#binAt(pointer);
    if (bin) {
      const words = `${bin.count} ${bin.count === 1 ? 'event' : 'events'} in ${bin.lane}`;
      const lines = () => [words, `${this.#shortDate(bin.start)} – ${this.#shortDate(bin.end)}`, 'Click to zoom in'];
      this.#showTip(`bin:${bin.lane}:${bin.start}:${bin.count}`, lines, x, y);
    } else if (this.tip) {
      this.#tipKey = '';
      this.tip = null;
    }
  };

  /** Renders a new tooltip only when its content changes; otherwise moves the one shown. */
  #showTip(key: string, lines: () => string[], x: number, y: number): void {
    if (key !== this.#tipKey || !this.tip) {
      this.#tipKey = key;
      this.tip = { lines: lines(), x, y };
      return;
    }
    const element = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (element) Object.assign(element.style, this.#tipPosition(x, y));
  }

  #tipPosition(x: number, y: number): { top: string; left: string; right: string } {
    const flip = x > this.width - 240;
    return {
      top: `${Math.min(y + 14, this.height - 70)}px`,
      left: flip ? '' : `${x + 12}px`,
      right: flip ? `${this.width - x + 12}px` : '',
    };
  }

  #onPointerLeave = (): void => {
    this.#userHover(null);
    this.#tipKey = '';
    this.tip = null;
  };

  #shortDate(time: number): string {
    const lang = this.#lang;
    if (this.#shortFormat?.lang !== lang) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
      } catch {
        format = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
      }
      this.#shortFormat = { lang, format };
    }
    return this.#shortFormat.format.format(time);
  }

  #binAt(pointer: MouseEvent): { count: number; lane: string; start: number; end: number } | null {
    const view = this.#view;
    const bins = view?.bins;
    const plot = this.renderRoot.querySelector('.plot');
    if (!view || !bins || !plot) return null;
    const rect = plot.getBoundingClientRect();
    const x = pointer.clientX - rect.left;
    const y = pointer.clientY - rect.top;
    const lane = Math.floor(y / view.laneHeight);
    const column = Math.floor(x / bins.binPx);
    if (lane < 0 || lane >= bins.lanes || column < 0 || column >= bins.columns || !view.lanes[lane]?.binned) return null;
    const count = bins.counts[lane * bins.columns + column];
    if (!count) return null;
    const msPerPx = (view.end - view.start) / view.plotWidth;
    const start = view.start + column * bins.binPx * msPerPx;
    return { count, lane: view.lanes[lane].label, start, end: start + bins.binPx * msPerPx };
  }

  #onClick = (pointer: MouseEvent): void => {
    const event = this.#eventAt(pointer.composedPath()[0] ?? null);
    if (event) {
      this.#focusPosition = this.#index?.positionOf.get(event.id) ?? -1;
      this.focusVisible = false;
      this.#userSelect(event);
      return;
    }
    const bin = this.#binAt(pointer);
    if (bin) {
      const pad = (bin.end - bin.start) * 0.5;
      this.#animateTo(bin.start - pad, bin.end + pad);
    }
  };

  #onDoubleClick(pointer: MouseEvent): void {
    if (!this.#zoomTarget) return;
    const rect = this.#zoomTarget.getBoundingClientRect();
    this.#zoomBy(pointer.shiftKey ? 0.5 : 2, pointer.clientX - rect.left - this.#labelWidth);
  }

  #onFocus = (): void => {
    if (this.#focusPosition < 0 && this.#view && this.#index) {
      const positions = visiblePositions(this.#index, this.#view.start, this.#view.end);
      this.#focusPosition = positions.length > 0 ? positions[0] : stepInTime(this.#index, -1, 1);
      this.requestUpdate();
    }
  };

  #onBlur = (): void => {
    this.focusVisible = false;
    this.tip = null;
    this.#userHover(null);
  };

  #onKeyDown = (key: KeyboardEvent): void => {
    const index = this.#index;
    if (!index || key.altKey || key.ctrlKey || key.metaKey) return;
    let next = -2;
    switch (key.key) {
      case 'ArrowRight':
        next = stepInTime(index, this.#focusPosition, 1);
        break;
      case 'ArrowLeft':
        next = stepInTime(index, this.#focusPosition, -1);
        break;
      case 'ArrowDown':
        next = stepLane(index, this.#focusPosition, 1);
        break;
      case 'ArrowUp':
        next = stepLane(index, this.#focusPosition, -1);
        break;
      case 'Home':
        next = stepInTime(index, -1, 1);
        break;
      case 'End':
        next = stepInTime(index, -1, -1);
        break;
      case 'Enter':
      case ' ': {
        const event = index.events[this.#focusPosition];
        if (event) this.#userSelect(event);
        break;
      }
      case 'Escape':
        this.#userSelect(null);
        break;
      case '+':
      case '=':
        this.#zoomBy(1.6, this.#focusX());
        break;
      case '-':
      case '_':
        this.#zoomBy(1 / 1.6, this.#focusX());
        break;
      case '0': {
        const [from, to] = this.#dataDomain();
        this.#animateTo(from, to);
        break;
      }
      case 'PageUp':
        this.#panBy(-0.8);
        break;
      case 'PageDown':
        this.#panBy(0.8);
        break;
      default:
        return;
    }
    key.preventDefault();
    if (next >= 0) {
      this.#focusPosition = next;
      this.focusVisible = true;
      this.#reveal(next);
      const event = index.events[next];
      this.#userHover(event);
      this.requestUpdate();
    }
  };

  #focusX(): number | undefined {
    const mark = this.#view?.marks.find((m) => m.position === this.#focusPosition);
    return mark ? (mark.x0 + mark.x1) / 2 : undefined;
  }

  #onOverviewDown = (pointer: PointerEvent): void => {
    const view = this.#view;
    const strip = pointer.currentTarget as HTMLElement;
    if (!view) return;
    const rect = strip.getBoundingClientRect();
    const x = pointer.clientX - rect.left;
    const windowX0 = this.#base(view.start) - this.#labelWidth;
    const windowX1 = this.#base(view.end) - this.#labelWidth;
    const offset = x >= windowX0 && x <= windowX1 ? x - windowX0 : (windowX1 - windowX0) / 2;
    this.#overviewDrag = { offset, pointerId: pointer.pointerId };
    strip.setPointerCapture(pointer.pointerId);
    this.#onOverviewMove(pointer);
  };

  #onOverviewMove = (pointer: PointerEvent): void => {
    const drag = this.#overviewDrag;
    const view = this.#view;
    if (!drag || !view || drag.pointerId !== pointer.pointerId) return;
    const rect = (pointer.currentTarget as HTMLElement).getBoundingClientRect();
    const x = pointer.clientX - rect.left - drag.offset + this.#labelWidth;
    const span = view.end - view.start;
    const [d0, d1] = this.#baseDomain;
    const from = Math.max(d0, Math.min(this.#base.invert(x), d1 - span));
    this.#applyWindow(from, from + span);
  };

  #onOverviewUp = (pointer: PointerEvent): void => {
    if (this.#overviewDrag?.pointerId === pointer.pointerId) this.#overviewDrag = null;
  };

  // ---- render ----------------------------------------------------------------------------------------------------

  /** Mark labels are formatted once per event and language (Intl formatting is too slow to repeat per frame). */
  #ariaLabel(event: LoadedEvent): string {
    const lang = this.#lang;
    if (this.#ariaLang !== lang) {
      this.#ariaLabels = new WeakMap();
      this.#ariaLang = lang;
    }
    let label = this.#ariaLabels.get(event);
    if (label === undefined) {
      const lane = this.#index?.lanes[this.#index.laneOf[this.#index.positionOf.get(event.id) ?? 0]]?.label ?? event.category;
      label = `${event.title}, ${formatEdtf(event.when, lang)}, ${lane}`;
      this.#ariaLabels.set(event, label);
    }
    return label;
  }

  #renderMark(mark: Mark, focused: boolean, offset: number): TemplateResult {
    const { event } = mark;
    const selected = this.#selection?.eventIds.includes(event.id) ?? false;
    const highlighted = this.#highlighted.has(event.id);
    const hovered = this.#hovered.has(event.id) || this.#pointerId === event.id;
    const qualified = event.when.uncertain || event.when.approximate;
    const width = mark.x1 - mark.x0;
    const showFull = focused || hovered;
    const label = showFull ? event.title : mark.label;
    const classes = `mark ${mark.kind}${qualified ? (event.when.approximate ? ' approximate' : ' uncertain') : ''}${focused ? ' focused' : ''}${hovered ? ' hovered' : ''}${showFull && !mark.label ? ' raised' : ''}`;
    const aria = this.#ariaLabel(event);
    // One rect for points (rounded into a circle) and bars, so a mark's template never changes shape.
    const point = mark.kind === 'point';
    const arrows =
      mark.openEnd || mark.openStart
        ? svg`<path class="arrow" d=${`${mark.openEnd ? `M${width - 12},-6L${width - 4},0L${width - 12},6Z` : ''}${mark.openStart ? 'M16,-6L8,0L16,6Z' : ''}`}></path>`
        : nothing;
    return svg`<g
      role="option"
      id=${mark.domId}
      class=${classes}
      data-event-id=${event.id}
      ?data-highlighted=${highlighted}
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${aria}
      transform=${`translate(${(mark.x0 - offset).toFixed(1)},${mark.y.toFixed(1)})`}
    ><rect class="shape" x="0" y=${point ? -POINT_R : -3.5} width=${width} height=${point ? 2 * POINT_R : 7} rx=${point ? POINT_R : 1.5}></rect>${arrows}${label ? svg`<text class="label" x=${(showFull ? Math.max(mark.labelX, mark.x1 + 4) : mark.labelX) - mark.x0} y="0.5">${label}</text>` : nothing}</g>`;
  }

  #renderUnder(view: View): TemplateResult {
    const left = this.#labelWidth;
    const { lanesH, seriesTop, seriesH } = this.#layout();
    const toX = (time: number) => ((time - view.start) / (view.end - view.start)) * view.plotWidth;
    return html`<svg class="under" width=${this.width} height=${this.#layout().stageH} aria-hidden="true">
      <g part="lanes" class="lanes" transform=${`translate(0,${AXIS_H})`}>
        ${view.lanes.map(
          (lane, i) => svg`<g class="lane">
            ${i % 2 === 1 ? svg`<rect class="band" x="0" y=${lane.top} width=${this.width} height=${lane.height}></rect>` : nothing}
            <rect class="swatch" x="4" y=${lane.top + lane.height / 2 - 4} width="3" height="8" style=${cssProps({ fill: lane.color })}></rect>
            <text class="lane-name" x="12" y=${lane.top + lane.height / 2}>${elide(lane.label, left - 22, 6)}</text>
          </g>`,
        )}
      </g>
      <g part="axis" class="axis" transform=${`translate(${left},0)`}>
        <line class="axis-line" x1="0" x2=${view.plotWidth} y1=${AXIS_H - 0.5} y2=${AXIS_H - 0.5}></line>
        ${view.ticks.map((tick) => {
          const x = toX(tick.time);
          return svg`<g class="tick" data-time=${tick.time} transform=${`translate(${x.toFixed(2)},0)`}>
            <line class="grid" y1=${AXIS_H - 5} y2=${AXIS_H + lanesH}></line>
            ${x + 3 + tick.label.length * 6.4 <= view.plotWidth + RIGHT ? svg`<text class="tick-label" x="3" y=${AXIS_H - 9}>${tick.label}</text>` : nothing}
          </g>`;
        })}
      </g>
      ${seriesH ? this.#renderSeries(view, seriesTop, seriesH) : nothing}
    </svg>`;
  }

  #renderSeries(view: View, top: number, height: number): TemplateResult {
    const series = this.#seriesData!;
    const left = this.#labelWidth;
    const toX = (time: number) => ((time - view.start) / (view.end - view.start)) * view.plotWidth;
    const max = Math.max(1e-9, ...series.points.map((p) => p.value));
    const barTop = 14;
    const barH = height - barTop - 6;
    const format = new Intl.NumberFormat(this.#lang, { maximumFractionDigits: 0 });
    return svg`<g part="series" class="series" transform=${`translate(0,${top})`}>
      <line class="series-rule" x1="0" x2=${this.width} y1="0.5" y2="0.5"></line>
      <text class="series-name" x="12" y="18">${elide(series.title, left - 20, 6)}</text>
      <text class="series-unit" x="12" y="32">${elide(series.unit, left - 20, 5.6)}</text>
      <g transform=${`translate(${left},0)`}>
        <line class="series-base" x1="0" x2=${view.plotWidth} y1=${barTop + barH + 0.5} y2=${barTop + barH + 0.5}></line>
        ${series.points.map((point) => {
          const a = Math.max(-2, toX(point.when.start));
          const b = Math.min(view.plotWidth + 2, toX(point.when.end));
          if (b <= 0 || a >= view.plotWidth || !Number.isFinite(a) || !Number.isFinite(b)) return nothing;
          const h = Math.max(1, (point.value / max) * barH);
          const w = Math.max(1, b - a - 1);
          return svg`<g class="series-point">
            <rect class="series-bar" x=${a + 0.5} y=${barTop + barH - h} width=${w} height=${h}>
              <title>${`${formatEdtf(point.when, this.#lang)}: ${format.format(point.value)} ${series.unit}`}</title>
            </rect>
            ${w >= 17 ? svg`<text class="series-value" x=${a + w / 2} y=${barTop + barH - h - 3}>${format.format(point.value)}</text>` : nothing}
          </g>`;
        })}
      </g>
    </g>`;
  }

  #renderOverview(view: View): TemplateResult {
    const left = this.#labelWidth;
    const width = view.plotWidth;
    const x0 = Math.max(0, this.#base(view.start) - left);
    const x1 = Math.min(width, this.#base(view.end) - left);
    const [d0, d1] = this.#baseDomain;
    const ticks = axisTicks(d0, d1, width, this.#lang, 110);
    return html`<div class="overview-row">
      <span class="overview-name">${left > 100 ? 'Whole span' : 'All'}</span>
      <div
        class="overview"
        part="overview"
        style=${cssProps({ left: `${left}px`, width: `${width}px` })}
        @pointerdown=${this.#onOverviewDown}
        @pointermove=${this.#onOverviewMove}
        @pointerup=${this.#onOverviewUp}
        @pointercancel=${this.#onOverviewUp}
      >
        <svg width=${width} height=${OVERVIEW_H - 6} aria-hidden="true">
          <g transform=${`scale(${width},${OVERVIEW_H - 18})`}><path class="density" d=${this.#overviewDensity}></path></g>
          ${ticks.map((t) => {
            const x = ((t.time - d0) / (d1 - d0)) * width;
            return svg`<text class="overview-tick" x=${x + 2} y=${OVERVIEW_H - 8}>${t.label}</text>`;
          })}
          <rect class="brush" x=${x0} y="0.5" width=${Math.max(2, x1 - x0)} height=${OVERVIEW_H - 7}></rect>
        </svg>
      </div>
    </div>`;
  }

  #renderStatus() {
    if (this.loading && !this.loadedData) return html`<p class="status" part="status" role="status">Loading…</p>`;
    if (this.quiet || this.diagnostics.length === 0) return nothing;
    const count = this.diagnostics.length;
    const failed = this.loadedData?.events.length === 0;
    return html`<div class="status problem" part="status" role="status">
      <details>
        <summary>
          ${count === 1 ? '1 problem' : `${count} problems`} in the data${failed ? '' : '; the good records are shown'}.
        </summary>
        <ul>
          ${diagnosticLines(this.diagnostics).map((line) => html`<li>${line}</li>`)}
        </ul>
      </details>
    </div>`;
  }

  #renderTip(tip: Tip | null) {
    if (!tip) return nothing;
    const style = cssProps(this.#tipPosition(tip.x, tip.y));
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" style=${style}>
      ${tip.lines.map((line, i) => html`<div class=${i === 0 ? 'tip-title' : 'tip-line'}>${line}</div>`)}
    </div>`;
  }

  override render() {
    const view = this.#view;
    const { lanesH } = this.#layout();
    const index = this.#index;
    const focusedMark = view?.marks.find((m) => m.position === this.#focusPosition) ?? null;
    const marks = view?.marks ?? [];
    // Focus shows a tooltip for keyboard users, like hover does for the pointer.
    const keyboardTip =
      this.focusVisible && focusedMark && view
        ? {
            lines: this.#tipFor(focusedMark.event),
            x: this.#labelWidth + Math.min(view.plotWidth, Math.max(0, (focusedMark.x0 + focusedMark.x1) / 2)),
            y: AXIS_H + focusedMark.y,
          }
        : null;
    const count = index?.events.length ?? 0;
    const label = `Timeline of ${count === 1 ? '1 event' : `${count} events`}${
      view ? `, ${this.#shortDate(view.start)} to ${this.#shortDate(view.end)}` : ''
    }. Arrow keys move between events, Enter selects, plus and minus zoom, Escape clears.`;
    const hasHighlight = this.#highlighted.size > 0;
    // Styles go through the CSSOM (cssProps), never a style attribute string, so pages with a strict CSP allow them.
    const plotBox = cssProps({
      left: `${this.#labelWidth}px`,
      top: `${AXIS_H}px`,
      width: `${view?.plotWidth ?? 0}px`,
      height: `${lanesH}px`,
    });
    const marksByLane: Mark[][] = (view?.lanes ?? []).map(() => []);
    for (const m of marks) marksByLane[index!.laneOf[m.position]]?.push(m);
    return html`
      <div class="frame" @pointerleave=${this.#onPointerLeave}>
        <div class="stage" style=${cssProps({ height: `${this.#layout().stageH}px` })} @dblclick=${this.#onDoubleClick}>
          ${view ? this.#renderUnder(view) : nothing}
          <canvas
            class="dense"
            aria-hidden="true"
            style=${plotBox}
          ></canvas>
          <div
            class=${`plot${hasHighlight ? ' has-highlight' : ''}${this.focusVisible ? ' keyboard' : ''}`}
            part="marks"
            tabindex="0"
            role="listbox"
            aria-roledescription="timeline"
            aria-label=${label}
            aria-activedescendant=${focusedMark ? focusedMark.domId : nothing}
            style=${plotBox}
            @pointermove=${this.#onPointerMove}
            @click=${this.#onClick}
            @keydown=${this.#onKeyDown}
            @focus=${this.#onFocus}
            @blur=${this.#onBlur}
          >
            <svg class="marks" role="none" width=${view?.plotWidth ?? 0} height=${lanesH}>
              <g role="none" transform=${`translate(${(view?.offset ?? 0).toFixed(1)},0)`}>${view?.lanes.map(
                (lane, i) => svg`<g role="group" aria-label=${lane.label} style=${cssProps({ '--c': lane.color })}>${repeat(
                  marksByLane[i] ?? [],
                  (m) => m.id,
                  (m) => this.#renderMark(m, m === focusedMark, view!.offset),
                )}</g>`,
              )}</g>
            </svg>
          </div>
          <div class="toolbar" part="toolbar">
            <button type="button" tabindex="-1" aria-label="Zoom in" title="Zoom in (+)" @click=${() => this.#zoomBy(2)}>+</button>
            <button type="button" tabindex="-1" aria-label="Zoom out" title="Zoom out (−)" @click=${() => this.#zoomBy(0.5)}>−</button>
            <button type="button" tabindex="-1" class="fit" aria-label="Fit all" title="Fit all (0)" @click=${() => this.#animateTo(...this.#dataDomain())}>Fit</button>
          </div>
        </div>
        ${view ? this.#renderOverview(view) : nothing}
        ${this.#renderTip(this.tip ?? keyboardTip)} ${this.#renderStatus()}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }
}
