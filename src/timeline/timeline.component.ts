import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { cssProps } from '../common/css-props.js';
import { RelationsDataView } from '../common/data-view.js';
import { DatasetLoader } from '../common/dataset-loader.js';
import { elementLang } from '../common/lang.js';
import { categoryColor, defaultCategoryColor } from '../common/palette.js';
import { renderDataStatus } from '../common/render-status.js';
import { SelectionController } from '../common/selection-controller.js';
import { RelationsErrorEvent, RelationsRangeEvent, RelationsReadyEvent } from '../bus/dom-events.js';
import type { CheckResult } from '../data/check-dataset.js';
import { parseEdtf } from '../data/edtf.js';
import type { LoadedEvent, LoadedSeries } from '../data/loaded.js';
import { eventIdsOf } from '../data/selection.js';
import { binAt, paintBins } from './bin-canvas.js';
import { computeView, densityPath, type View } from './compute-view.js';
import { buildEventIndex, visiblePositions, type EventIndex } from './event-index.js';
import { EventText, shortDate } from './event-text.js';
import { stepInTime, stepLane } from './keyboard-nav.js';
import { renderAxis, renderLanes, type AxisGeometry } from './render-axis.js';
import { renderMarks } from './render-marks.js';
import { OVERVIEW_H, renderOverview } from './render-overview.js';
import { renderSeries } from './render-series.js';
import { axisTicks } from './time-axis.js';
import { paddedDomain, type TimeWindow } from './time-window.js';
import { TimeWindowController } from './time-window-controller.js';
import { styles } from './timeline.styles.js';
import { timelineAction, type TimelineAction } from './timeline-keymap.js';
import { TooltipController } from './tooltip-controller.js';

export { MAX_MARKS } from './compute-view.js';

const AXIS_H = 26;
const SERIES_H = 56;
const RIGHT = 14;

function toTime(value: string | Date | number, edge: 'start' | 'end'): number | null {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const parsed = parseEdtf(value);
  if (!parsed.ok) return null;
  const time = edge === 'start' ? parsed.value.start : parsed.value.end;
  return Number.isFinite(time) ? time : null;
}

function toWindow(start: string | Date | number | null, end: string | Date | number | null): TimeWindow | null {
  if (start === null || end === null || start === '' || end === '') return null;
  const from = toTime(start, 'start');
  const to = toTime(end, 'end');
  return from !== null && to !== null && to > from ? { start: from, end: to } : null;
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
 * Mouse and touch (d3-zoom): wheel or pinch zooms, drag pans, double-click (or double-tap) zooms in, Shift +
 * double-click zooms out, the buttons zoom and fit; hover shows a tooltip, click selects. Keyboard (one tab stop):
 * ← → previous / next event in time, ↑ ↓ nearest event in the lane above / below, Enter or Space selects, `+` / `-`
 * zoom, `0` fits all, Page Up / Page Down pan, Home / End the first / last event, Escape clears the selection.
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

  static override properties: PropertyDeclarations = {
    start: { reflect: true },
    end: { reflect: true },
    groupBy: { reflect: true, attribute: 'group-by' },
    series: { reflect: true },
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
  declare focusVisible: boolean;

  readonly #loader = new DatasetLoader(this, {
    onLoading: (loading) => (this.loading = loading),
    onResult: (result) => this.#accept(result),
  });
  readonly #selection = new SelectionController(this, {
    idsOf: eventIdsOf,
    onSelection: (follow) => follow && this.#revealHighlighted(),
  });
  readonly #window = new TimeWindowController(this, {
    surface: () => this.renderRoot.querySelector<HTMLElement>('.stage'),
    frame: () => this.renderRoot.querySelector<HTMLElement>('.frame'),
    plotEdges: (width) => [this.#labelWidth(width), this.#labelWidth(width) + this.#plotWidth(width)],
    domain: () => paddedDomain(this.loadedData?.extent),
    ignore: (event) => Boolean((event.target as Element | null)?.closest?.('.toolbar')),
    changed: () => this.requestUpdate(),
  });
  readonly #tooltip = new TooltipController(this, () => this.#window);
  #index: EventIndex | null = null;
  #indexKey: unknown[] = [];
  #text: EventText | null = null;
  #density = '';
  #view: View | null = null;
  /** A window asked for with `zoomTo()` before the data came. */
  #requested: TimeWindow | null = null;
  #lastRange: TimeWindow | null = null;
  #readyFor: unknown = null;
  #focus = -1;
  #overviewDrag: { offset: number; pointerId: number } | null = null;
  #colors = new Map<string, string>();

  constructor() {
    super();
    this.start = null;
    this.end = null;
    this.groupBy = 'category';
    this.series = null;
    this.focusVisible = false;
  }

  /** The events highlighted now (from a selection here or in another view), in no particular order. */
  get highlightedEventIds(): readonly string[] {
    return [...this.#selection.highlighted];
  }

  /** The visible window; `null` before the first render with data. */
  get range(): { start: Date; end: Date } | null {
    const window = this.loadedData ? this.#window.window : null;
    return window ? { start: new Date(window.start), end: new Date(window.end) } : null;
  }

  /** The whole span the reader can pan over (the data with a margin); `null` before the first render with data. */
  get extent(): { start: Date; end: Date } | null {
    const bounds = this.loadedData ? this.#window.bounds : null;
    return bounds ? { start: new Date(bounds.start), end: new Date(bounds.end) } : null;
  }

  /** Selects events and places as the reader would, and tells the other views; fires no `relations-select`. */
  select(input: { eventIds?: readonly string[]; placeIds?: readonly string[] }): void {
    this.#selection.select(input);
  }

  clearSelection(): void {
    this.select({});
  }

  /** Shows the window from `start` to `end` (EDTF strings, `Date`s or UTC ms; a year string covers that year). */
  zoomTo(start: string | Date | number, end: string | Date | number): void {
    const window = toWindow(start, end);
    if (!window) return;
    if (this.loadedData) this.#window.show(window);
    else this.#requested = window;
  }

  /** Shows every event. */
  fit(): void {
    this.#window.fit(false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src')) this.#loader.load(this);
    if ((changed.has('start') || changed.has('end')) && this.loadedData) {
      const window = toWindow(this.start, this.end);
      if (window) this.#window.show(window);
    }
    this.#refreshIndex();
    this.#view = this.#computeView();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.isConnected) return;
    if (changed.has('loadedData')) this.#colors.clear();
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.dense');
    if (canvas) this.#paintBins(canvas);
    const data = this.loadedData;
    const window = this.#window.window;
    const hidden = this.#window.measured && this.#window.width === 0;
    if (data && window && (!this.#lastRange || this.#lastRange.start !== window.start || this.#lastRange.end !== window.end)) {
      this.#lastRange = window;
      this.dispatchEvent(new RelationsRangeEvent(window.start, window.end));
      this.#selection.publishRange(window.start, window.end);
    }
    // A hidden element (no size) still reports ready once it has been measured, so hosts are not left waiting.
    if (data && this.#readyFor !== data && (this.#view || hidden)) {
      this.#readyFor = data;
      this.dispatchEvent(new RelationsReadyEvent({ events: data.events.length }));
    }
  }

  #accept(result: CheckResult): void {
    this.loadedData = result.dataset;
    this.diagnostics = result.diagnostics;
    this.loading = false;
    this.#readyFor = null;
    this.#focus = -1;
    this.#window.reset(this.#requested ?? toWindow(this.start, this.end));
    this.#requested = null;
    if (result.diagnostics.length > 0) this.dispatchEvent(new RelationsErrorEvent(result.diagnostics));
  }

  #refreshIndex(): void {
    const data = this.loadedData;
    const lang = elementLang(this);
    const key = [data, this.groupBy, lang, this.#selection.categories];
    if (key.every((v, i) => v === this.#indexKey[i])) return;
    this.#indexKey = key;
    this.#index = data ? buildEventIndex(data, { groupBy: this.groupBy, lang, categories: this.#selection.categories }) : null;
    this.#text = this.#index ? new EventText(this.#index, lang) : null;
    this.#focus = -1;
    this.#density = '';
  }

  #labelWidth(width = this.#window.width): number {
    return width < 520 ? 96 : 158;
  }

  #plotWidth(width = this.#window.width): number {
    return Math.max(40, width - this.#labelWidth(width) - RIGHT);
  }

  get #seriesData(): LoadedSeries | null {
    const all = this.loadedData?.series ?? [];
    const wanted = this.series ?? 'trade-turnover';
    return all.find((s) => s.id === wanted) ?? (this.series ? null : (all[0] ?? null));
  }

  #layout() {
    const seriesH = this.#seriesData ? SERIES_H : 0;
    const stageH = Math.max(60, this.#window.height - OVERVIEW_H);
    const lanesH = Math.max(20, stageH - AXIS_H - seriesH - 4);
    return { stageH, lanesH, seriesTop: AXIS_H + lanesH + 4, seriesH };
  }

  #computeView(): View | null {
    const index = this.#index;
    const window = this.#window.window;
    if (!index || !window || this.#window.width === 0 || this.#window.height === 0) return null;
    return computeView({
      index,
      window,
      plotWidth: this.#plotWidth(),
      lanesHeight: this.#layout().lanesH,
      focus: this.#focus,
      highlighted: this.#selection.highlighted,
      anchor: this.#view?.anchor ?? null,
    });
  }

  #laneColor = (laneIndex: number): string => {
    const lane = this.#index?.lanes[laneIndex];
    return this.groupBy === 'category' && lane ? categoryColor(lane.id) : categoryColor(`lane-${laneIndex}`);
  };

  #paintBins(canvas: HTMLCanvasElement): void {
    const style = getComputedStyle(this);
    paintBins(canvas, this.#view, {
      ratio: globalThis.devicePixelRatio || 1,
      height: this.#layout().lanesH,
      text: style.getPropertyValue('--relations-timeline-text').trim() || '#1f2328',
      font: style.getPropertyValue('--relations-font').trim() || 'system-ui, sans-serif',
      colorOf: (category) => {
        let color = this.#colors.get(category);
        if (!color) {
          const safe = category.replace(/[^A-Za-z0-9_-]/g, '_');
          color = style.getPropertyValue(`--relations-color-${safe}`).trim() || defaultCategoryColor(category);
          this.#colors.set(category, color);
        }
        return color;
      },
    });
  }

  /** Brings the highlighted events into view (keeping the zoom) when none of them is visible. */
  #revealHighlighted(): void {
    const index = this.#index;
    const window = this.#window.window;
    if (!index || !window) return;
    const positions = [...this.#selection.highlighted].map((id) => index.positionOf.get(id) ?? -1).filter((p) => p >= 0);
    if (positions.length === 0 || positions.some((p) => index.ends[p] > window.start && index.starts[p] < window.end)) return;
    const first = Math.min(...positions);
    this.#window.reveal(index.starts[first], index.ends[first]);
  }

  #userSelect(event: LoadedEvent | null): void {
    const text = this.#text;
    const announcement = event && text ? `Selected: ${event.title}, ${text.date(event)}.` : 'Selection cleared.';
    this.#selection.userSelect({ eventIds: event ? [event.id] : [], placeIds: [] }, announcement);
  }

  #userHover(event: LoadedEvent | null): void {
    this.#selection.userHover(event ? { eventIds: [event.id], placeIds: [] } : null);
  }

  #eventAt(target: EventTarget | null): LoadedEvent | null {
    const id = (target as Element | null)?.closest?.('[data-event-id]')?.getAttribute('data-event-id');
    return id ? (this.loadedData?.eventById.get(id) ?? null) : null;
  }

  #plotPoint(pointer: MouseEvent): [number, number] {
    const rect = this.renderRoot.querySelector('.plot')!.getBoundingClientRect();
    return [pointer.clientX - rect.left, pointer.clientY - rect.top];
  }

  #onPointerMove = (pointer: PointerEvent): void => {
    if (pointer.buttons) return;
    const event = this.#eventAt(pointer.composedPath()[0] ?? null);
    const frame = this.renderRoot.querySelector('.frame')!.getBoundingClientRect();
    const [x, y] = [pointer.clientX - frame.left, pointer.clientY - frame.top];
    this.#userHover(event);
    if (event) return this.#tooltip.show(`event:${event.id}`, () => this.#text!.tooltip(event), x, y);
    const bin = binAt(this.#view, ...this.#plotPoint(pointer));
    if (!bin) return this.#tooltip.hide();
    const lang = elementLang(this);
    const lines = () => [
      `${bin.count} ${bin.count === 1 ? 'event' : 'events'} in ${bin.lane}`,
      `${shortDate(bin.start, lang)} – ${shortDate(bin.end, lang)}`,
      'Click to zoom in',
    ];
    this.#tooltip.show(`bin:${bin.lane}:${bin.start}:${bin.count}`, lines, x, y);
  };

  #onPointerLeave = (): void => {
    this.#userHover(null);
    this.#tooltip.hide();
  };

  #onClick = (pointer: MouseEvent): void => {
    const event = this.#eventAt(pointer.composedPath()[0] ?? null);
    if (event) {
      this.#focus = this.#index?.positionOf.get(event.id) ?? -1;
      this.focusVisible = false;
      this.#userSelect(event);
      return;
    }
    const bin = binAt(this.#view, ...this.#plotPoint(pointer));
    if (bin) {
      const pad = (bin.end - bin.start) * 0.5;
      this.#window.show({ start: bin.start - pad, end: bin.end + pad }, true);
    }
  };

  #onFocus = (): void => {
    const index = this.#index;
    const window = this.#window.window;
    if (this.#focus >= 0 || !index || !window) return;
    const positions = visiblePositions(index, window.start, window.end);
    this.#focus = positions.length > 0 ? positions[0] : stepInTime(index, -1, 1);
    this.requestUpdate();
  };

  #onBlur = (): void => {
    this.focusVisible = false;
    this.#tooltip.hide();
    this.#userHover(null);
  };

  #onKeyDown = (key: KeyboardEvent): void => {
    const action = timelineAction(key);
    if (!action || !this.#index) return;
    key.preventDefault();
    this.#perform(action, this.#index);
  };

  #perform(action: TimelineAction, index: EventIndex): void {
    const focus = this.#focus;
    switch (action.type) {
      case 'step':
        return this.#moveFocus(stepInTime(index, focus, action.direction));
      case 'lane':
        return this.#moveFocus(stepLane(index, focus, action.direction));
      case 'first':
        return this.#moveFocus(stepInTime(index, -1, 1));
      case 'last':
        return this.#moveFocus(stepInTime(index, -1, -1));
      case 'select':
        if (index.events[focus]) this.#userSelect(index.events[focus]);
        return;
      case 'clear':
        return this.#userSelect(null);
      case 'zoom':
        return this.#window.zoomBy(action.factor, this.#focusFraction());
      case 'fit':
        return this.#window.fit();
      case 'pan':
        return this.#window.panBy(action.fraction);
    }
  }

  #moveFocus(position: number): void {
    const index = this.#index;
    if (!index || position < 0) return;
    this.#focus = position;
    this.focusVisible = true;
    this.#window.reveal(index.starts[position], index.ends[position]);
    this.#userHover(index.events[position]);
    this.requestUpdate();
  }

  /** Where the focused mark is, as a fraction of the plot's width (the middle when it is not drawn). */
  #focusFraction(): number {
    const mark = this.#view?.marks.find((m) => m.position === this.#focus);
    return mark && this.#view ? (mark.x0 + mark.x1) / 2 / this.#view.plotWidth : 0.5;
  }

  #overviewWindow(pointer: PointerEvent, offset: number): TimeWindow | null {
    const bounds = this.#window.bounds;
    const window = this.#window.window;
    if (!bounds || !window) return null;
    const rect = (pointer.currentTarget as HTMLElement).getBoundingClientRect();
    const time = bounds.start + ((pointer.clientX - rect.left - offset) / rect.width) * (bounds.end - bounds.start);
    const span = window.end - window.start;
    const start = Math.max(bounds.start, Math.min(time, bounds.end - span));
    return { start, end: start + span };
  }

  #onOverviewDown = (pointer: PointerEvent): void => {
    const bounds = this.#window.bounds;
    const window = this.#window.window;
    if (!bounds || !window) return;
    const strip = pointer.currentTarget as HTMLElement;
    const rect = strip.getBoundingClientRect();
    const toX = (time: number) => ((time - bounds.start) / (bounds.end - bounds.start)) * rect.width;
    const x = pointer.clientX - rect.left;
    const [x0, x1] = [toX(window.start), toX(window.end)];
    this.#overviewDrag = { offset: x >= x0 && x <= x1 ? x - x0 : (x1 - x0) / 2, pointerId: pointer.pointerId };
    strip.setPointerCapture(pointer.pointerId);
    this.#onOverviewMove(pointer);
  };

  #onOverviewMove = (pointer: PointerEvent): void => {
    const drag = this.#overviewDrag;
    if (!drag || drag.pointerId !== pointer.pointerId) return;
    const next = this.#overviewWindow(pointer, drag.offset);
    if (next) this.#window.show(next);
  };

  #onOverviewUp = (pointer: PointerEvent): void => {
    if (this.#overviewDrag?.pointerId === pointer.pointerId) this.#overviewDrag = null;
  };

  override render() {
    const view = this.#view;
    const index = this.#index;
    const text = this.#text;
    const lang = elementLang(this);
    const { lanesH, stageH, seriesTop, seriesH } = this.#layout();
    const width = this.#window.width;
    const labelWidth = this.#labelWidth();
    const focused = view?.marks.find((m) => m.position === this.#focus) ?? null;
    // Focus shows a tooltip for keyboard users, like hover does for the pointer.
    const keyboardTip =
      this.focusVisible && focused && view && text
        ? { lines: text.tooltip(focused.event), x: labelWidth + Math.min(view.plotWidth, Math.max(0, (focused.x0 + focused.x1) / 2)), y: AXIS_H + focused.y }
        : null;
    const count = index?.events.length ?? 0;
    const label = `Timeline of ${count === 1 ? '1 event' : `${count} events`}${
      view ? `, ${shortDate(view.start, lang)} to ${shortDate(view.end, lang)}` : ''
    }. Arrow keys move between events, Enter selects, plus and minus zoom, Escape clears.`;
    // Styles go through the CSSOM (cssProps), never a style attribute string, so pages with a strict CSP allow them.
    const plotBox = cssProps({ left: `${labelWidth}px`, top: `${AXIS_H}px`, width: `${view?.plotWidth ?? 0}px`, height: `${lanesH}px` });
    const geometry: AxisGeometry = { width, labelWidth, axisHeight: AXIS_H, lanesHeight: lanesH, rightMargin: RIGHT };
    const toX = (time: number) => (view ? ((time - view.start) / (view.end - view.start)) * view.plotWidth : 0);
    const series = this.#seriesData;
    const bounds = this.#window.bounds;
    if (view && index && bounds && !this.#density) this.#density = densityPath(index, bounds);
    const selected = new Set(this.#selection.selection?.eventIds ?? []);
    return html`
      <div class="frame" @pointerleave=${this.#onPointerLeave}>
        <div class="stage" style=${cssProps({ height: `${stageH}px` })}>
          ${view
            ? html`<svg class="under" width=${width} height=${stageH} aria-hidden="true">
                ${renderLanes(view, geometry, this.#laneColor)} ${renderAxis(view, axisTicks(view.start, view.end, view.plotWidth, lang), toX, geometry)}
                ${series && seriesH ? renderSeries(series, toX, { top: seriesTop, height: seriesH, width, labelWidth, plotWidth: view.plotWidth }, lang) : nothing}
              </svg>`
            : nothing}
          <canvas class="dense" aria-hidden="true" style=${plotBox}></canvas>
          <div
            class=${`plot${this.#selection.highlighted.size > 0 ? ' has-highlight' : ''}${this.focusVisible ? ' keyboard' : ''}`}
            part="marks"
            tabindex="0"
            role="listbox"
            aria-roledescription="timeline"
            aria-label=${label}
            aria-activedescendant=${focused ? focused.domId : nothing}
            style=${plotBox}
            @pointermove=${this.#onPointerMove}
            @click=${this.#onClick}
            @keydown=${this.#onKeyDown}
            @focus=${this.#onFocus}
            @blur=${this.#onBlur}
          >
            ${renderMarks(view, lanesH, {
              selected,
              highlighted: this.#selection.highlighted,
              hovered: this.#selection.hovered,
              focused,
              ariaLabel: (event) => text!.ariaLabel(event),
              laneColor: this.#laneColor,
            })}
          </div>
          <div class="toolbar" part="toolbar">
            <button type="button" tabindex="-1" aria-label="Zoom in" title="Zoom in (+)" @click=${() => this.#window.zoomBy(2)}>+</button>
            <button type="button" tabindex="-1" aria-label="Zoom out" title="Zoom out (−)" @click=${() => this.#window.zoomBy(0.5)}>−</button>
            <button type="button" tabindex="-1" class="fit" aria-label="Fit all" title="Fit all (0)" @click=${() => this.#window.fit()}>Fit</button>
          </div>
        </div>
        ${view && bounds
          ? renderOverview({ labelWidth, plotWidth: view.plotWidth }, bounds, view, axisTicks(bounds.start, bounds.end, view.plotWidth, lang, 110), this.#density, {
              down: this.#onOverviewDown,
              move: this.#onOverviewMove,
              up: this.#onOverviewUp,
            })
          : nothing}
        ${this.#tooltip.render(keyboardTip)} ${renderDataStatus(this)}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }
}
