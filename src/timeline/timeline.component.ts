import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { cssProps } from '../common/css-props.js';
import { RelationsDataView } from '../common/data-view.js';
import { DatasetLoader } from '../common/dataset-loader.js';
import { elementDirection, elementLang } from '../common/lang.js';
import { categoryColor } from '../common/palette.js';
import { renderDataStatus, renderLiveRegion, reportProblems } from '../common/render-status.js';
import { SelectionController } from '../common/selection-controller.js';
import { WheelGateController } from '../common/wheel-gate-controller.js';
import { languageReady, t } from '../common/i18n.js';
import type { CheckResult } from '../data/check-dataset.js';
import type { LoadedEvent } from '../data/loaded.js';
import { eventIdsOf } from '../data/selection.js';
import { binPaintFor, paintBins } from './bin-canvas.js';
import { calloutMark } from './compute-view.js';
import { TimelineModel } from './timeline-model.js';
import { TimelineReports } from './timeline-reports.js';
import { firstIfNoneVisible } from './event-index.js';
import { timelineLabel } from './event-text.js';
import { renderAxis, renderLanes, type AxisGeometry } from './render-axis.js';
import { renderToolbar } from './render-toolbar.js';
import { renderMarks } from './render-marks.js';
import { eraBands, renderEras } from './render-eras.js';
import { renderOverview } from './render-overview.js';
import { AXIS_H, gutterFor, plotWidthFor, RIGHT, type TimelineLayout } from './timeline-layout.js';
import { renderSeries } from './render-series.js';
import { axisTicks } from './time-axis.js';
import { DAY, narrowestWindow, paddedDomain, toWindow, type TimeWindow } from './time-window.js';
import { TimeWindowController } from './time-window-controller.js';
import { styles } from './timeline.styles.js';
import { OverviewBrushController } from './overview-brush-controller.js';
import { timelinePointer } from './timeline-pointer.js';
import { TimelineKeyboardController } from './timeline-keyboard-controller.js';
import { tipAt, TooltipController } from './tooltip-controller.js';

export { MAX_MARKS } from './compute-view.js';

/**
 * @summary A zoomable timeline of a relations data set: one lane per category, points and intervals at the precision
 * the source gives, a series track and an overview strip. Fast with 100,000 events; usable by keyboard.
 *
 * Public contract: each individually drawn event mark in the shadow root carries `data-event-id="<id>"`; a mark
 * highlighted by a selection (here or in another view on the channel) carries `data-highlighted`; the selected
 * event's mark has `aria-selected="true"`. Where a view holds more than 400 events the densest lanes are drawn as
 * bins with counts instead, and those events have no mark until the reader zooms in.
 *
 * Mouse and touch (d3-zoom): pinch zooms, and the wheel once the reader has engaged the timeline (clicked or focused
 * it) or with Ctrl / ⌘ held (`wheel-zoom`: always), so the page scrolls past it; drag or a sideways swipe pans, double-click (or double-tap) zooms in, Shift +
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
 * @csspart toolbar - the zoom and fit buttons and the key
 * @csspart key - what the marks mean (behind the toolbar's Key button)
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
 * @cssproperty [--relations-timeline-era=rgb(180 83 9 / 7%)] - era bands behind the lanes
 * @cssproperty [--relations-timeline-era-text=#8a4a12] - era names and band edges
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
  };

  /** Start of the initial window (EDTF, e.g. `1991` or `2004-04-01`). */
  declare start: string | null;
  /** End of the initial window (EDTF; a year means the end of that year). */
  declare end: string | null;
  /** The event field that makes the lanes; `category` by default. */
  declare groupBy: string;
  /** Id of the series drawn under the lanes; the data set's `trade-turnover` or first series by default. */
  declare series: string | null;

  readonly #loader = new DatasetLoader(this, {
    onLoading: (loading) => (this.loading = loading),
    onResult: (result) => this.#accept(result),
  });

  /** Loads `src` again (the Retry button after the data could not be fetched). */
  override reload(): void {
    this.#loader.reload();
  }
  readonly #selection = new SelectionController(this, {
    idsOf: eventIdsOf,
    onSelection: (follow) => follow && this.#revealHighlighted(),
  });
  readonly #wheel = new WheelGateController(this);
  readonly #window = new TimeWindowController(this, {
    surface: () => this.renderRoot.querySelector<HTMLElement>('.stage'),
    frame: () => this.renderRoot.querySelector<HTMLElement>('.frame'),
    plotEdges: (width) => {
      const { plotLeft } = gutterFor(width, elementDirection(this) === 'rtl');
      return [plotLeft, plotLeft + plotWidthFor(width)];
    },
    domain: () => this.#domain(),
    minWindow: () => narrowestWindow(this.#domain(), this.#hasTimesOfDay()),
    oneFingerPans: () => this.#wheel.engaged(),
    ignore: (event) =>
      Boolean((event.target as Element | null)?.closest?.('.toolbar')) ||
      (event.type === 'wheel' && !this.#wheel.allows(event as WheelEvent)),
    changed: () => this.requestUpdate(),
  });
  readonly #tooltip = new TooltipController(this, () => this.#window);
  readonly #brush = new OverviewBrushController(this, this.#window);
  readonly #keyboard = new TimelineKeyboardController(this, this.#window, {
    index: () => this.#model.index,
    view: () => this.#model.view,
    // Escape with nothing selected says nothing.
    select: (event) => (event || this.#selection.selection) && this.#userSelect(event),
    hover: (event) => {
      this.#userHover(event);
      if (!event) this.#tooltip.hide();
    },
  });
  readonly #pointer = timelinePointer({
    root: () => this.renderRoot as ShadowRoot,
    view: () => this.#model.view,
    text: () => this.#model.text,
    eventById: (id) => this.loadedData?.eventById.get(id) ?? null,
    window: this.#window,
    tooltip: this.#tooltip,
    choose: (event) => {
      this.#keyboard.focusEvent(this.#model.index?.positionOfId(event.id) ?? -1);
      this.#userSelect(event);
    },
    clear: () => {
      if (this.#selection.selection) this.#userSelect(null);
    },
    hover: (event) => {
      this.#pointed = event;
      this.#userHover(event);
    },
  });
  /** The event under the reader's pointer here (not one hovered in another view). */
  #pointed: LoadedEvent | null = null;
  readonly #model = new TimelineModel();
  /** A window asked for with `zoomTo()` before the data came. */
  #requested: TimeWindow | null = null;
  readonly #reports = new TimelineReports(this, (window) => this.#selection.publishRange(window.start, window.end));
  #colors = new Map<string, string>();

  constructor() {
    super();
    this.start = null;
    this.end = null;
    this.groupBy = 'category';
    this.series = null;
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

  /**
   * The visible window in UTC ms, which also holds times beyond `Date`'s ±275,760 years (where `range`'s `Date`s are
   * invalid); `null` before the first render with data.
   */
  get rangeTimes(): { readonly start: number; readonly end: number } | null {
    return this.loadedData ? this.#window.window : null;
  }

  /** `extent` in UTC ms, valid beyond `Date` too; `null` before the first render with data. */
  get extentTimes(): { readonly start: number; readonly end: number } | null {
    return this.loadedData ? this.#window.bounds : null;
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

  /**
   * Shows the window from `start` to `end` (EDTF strings, `Date`s or UTC ms; a year string covers that year), at once
   * or, with `animate`, as a smooth zoom (at once all the same when the reader prefers reduced motion).
   */
  zoomTo(start: string | Date | number, end: string | Date | number, options: { animate?: boolean } = {}): void {
    const window = toWindow(start, end);
    if (!window) return;
    // Also kept for a data set that is about to replace this one (set just before), until it has come.
    this.#requested = window;
    if (this.loadedData) this.#window.show(window, options.animate ?? false);
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
    if (changed.has('data') || changed.has('src') || changed.has('placesSrc') || changed.has('geojsonFields'))
      this.#loader.load(this);
    if ((changed.has('start') || changed.has('end')) && this.loadedData) {
      const window = toWindow(this.start, this.end);
      if (window) this.#window.show(window);
    }
    const rebuilt = this.#model.refresh({
      data: this.loadedData,
      groupBy: this.groupBy,
      lang: elementLang(this),
      hidden: this.#selection.hidden,
      matches: this.#selection.matches,
      series: this.series,
    });
    if (rebuilt) this.#keyboard.reset();
    this.#model.computeView(this.#window.window, this.#window, this.#keyboard.focus, this.#selection.highlighted);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.isConnected) return;
    if (!this.loading && this.loadedData) this.#requested = null;
    if (changed.has('loadedData')) this.#colors.clear();
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.dense');
    if (canvas)
      paintBins(canvas, this.#model.view, binPaintFor(this, this.#layout().lanesHeight, this.#colors, this.loadedData));
    this.#measureToolbar();
    const nothingToDraw = this.#window.measured && (this.#window.width === 0 || this.#model.index?.events.length === 0);
    this.#reports.report(this.loadedData, this.#window.window, this.#model.view !== null, nothingToDraw);
  }

  /** Where the toolbar covers the axis row (stage px): no tick label is drawn under it. Measured, since its words vary. */
  #toolbarSpan: readonly [number, number] = [0, 0];

  /** What the toolbar's place depends on (width, language and whether its words are here, direction): measured again only when that changes. */
  #toolbarMeasuredFor = '';

  #measureToolbar(): void {
    // A layout read: not on every zoom frame, only when the toolbar can have moved or changed its words.
    const lang = elementLang(this);
    const key = `${this.#window.width}|${lang}|${languageReady(lang)}|${elementDirection(this)}`;
    if (key === this.#toolbarMeasuredFor) return;
    this.#toolbarMeasuredFor = key;
    const toolbar = this.renderRoot.querySelector<HTMLElement>('.toolbar');
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage');
    if (!toolbar || !stage) return;
    const origin = stage.getBoundingClientRect().left;
    const box = toolbar.getBoundingClientRect();
    const span = [Math.floor(box.left - origin), Math.ceil(box.right - origin)] as const;
    if (span[0] === this.#toolbarSpan[0] && span[1] === this.#toolbarSpan[1]) return;
    this.#toolbarSpan = span;
    // After this update, not inside it: the ticks are placed again with the toolbar's measured span.
    void Promise.resolve().then(() => this.requestUpdate());
  }

  #accept(result: CheckResult): void {
    this.loadedData = result.dataset;
    this.diagnostics = result.diagnostics;
    this.loading = false;
    this.#reports.reset();
    this.#keyboard.reset();
    this.#window.reset(this.#requested ?? toWindow(this.start, this.end));
    this.#requested = null;
    this.problemsDismissed = false;
    reportProblems(this, result.diagnostics, this.quiet);
  }

  /** Whether the data set has times of day (then it may open on a day, and zoom to an hour). */
  #hasTimesOfDay(): boolean {
    return this.loadedData?.timesOfDay ?? false;
  }

  /** The whole span the reader can see: the data's extent with a margin, at least a month (a day with times of day). */
  #domain(): [number, number] {
    return paddedDomain(this.loadedData?.extent, Date.now(), this.#hasTimesOfDay() ? DAY : 30 * DAY);
  }

  #layout(): TimelineLayout {
    return this.#model.layout(this.#window.width, this.#window.height);
  }

  #laneColor = (laneIndex: number): string => {
    const lane = this.#model.index?.lanes[laneIndex];
    return this.groupBy === 'category' && lane
      ? categoryColor(lane.id, this.loadedData)
      : categoryColor(`lane-${laneIndex}`);
  };

  /** Brings the highlighted events into view (keeping the zoom) when none of them is visible. */
  #revealHighlighted(): void {
    const index = this.#model.index;
    const window = this.#window.heading;
    const first = index && window ? firstIfNoneVisible(index, this.#selection.highlighted, window) : -1;
    if (first >= 0) this.#window.reveal(index!.starts[first], index!.ends[first]);
  }

  #userSelect(event: LoadedEvent | null): void {
    const text = this.#model.text;
    const lang = elementLang(this);
    const announcement =
      event && text
        ? t(lang, 'selectedEvent', { title: event.title, date: text.date(event) })
        : t(lang, 'selectionCleared');
    const selection = { eventIds: event ? [event.id] : [], placeIds: [] };
    this.#selection.userSelect(selection, announcement, {
      ...selection,
      placeIds: event ? [...new Set(event.places)] : [],
    });
  }

  #userHover(event: LoadedEvent | null): void {
    this.#selection.userHover(event ? { eventIds: [event.id], placeIds: [] } : null);
  }

  override render() {
    const view = this.#model.view;
    const index = this.#model.index;
    const text = this.#model.text;
    const lang = elementLang(this);
    const { lanesHeight: lanesH, stageHeight: stageH, seriesTop, seriesHeight: seriesH, labelWidth } = this.#layout();
    const width = this.#window.width;
    const dir = elementDirection(this);
    const gutter = gutterFor(width, dir === 'rtl');
    const focused = view?.marks.find((m) => m.position === this.#keyboard.focus) ?? null;
    // Focus shows a tooltip for keyboard users, like hover does for the pointer.
    const keyboardTip =
      this.#keyboard.visible && focused && view && text
        ? tipAt(focused, text.tooltip(focused.event), view.plotWidth, gutter.plotLeft, AXIS_H)
        : null;
    const label = timelineLabel(lang, index?.events.length ?? 0, view);
    // Styles go through the CSSOM (cssProps), never a style attribute string, so pages with a strict CSP allow them.
    const plotBox = cssProps({
      left: `${gutter.plotLeft}px`,
      top: `${AXIS_H}px`,
      width: `${view?.plotWidth ?? 0}px`,
      height: `${lanesH}px`,
    });
    const geometry: AxisGeometry = {
      width,
      labelWidth,
      gutter,
      covered: this.#toolbarSpan,
      axisHeight: AXIS_H,
      lanesHeight: lanesH,
      rightMargin: RIGHT,
    };
    const toX = (time: number) => (view ? ((time - view.start) / (view.end - view.start)) * view.plotWidth : 0);
    const series = this.#model.series;
    const bounds = this.#window.bounds;
    const selected = new Set(this.#selection.selection?.eventIds ?? []);
    const callout = calloutMark(view, {
      pointed: this.#pointed,
      focused: this.#keyboard.visible ? focused : null,
      selected,
    });
    return html`
      <div class="frame" dir=${dir} @pointerleave=${this.#pointer.leave}>
        <div class="stage" style=${cssProps({ height: `${stageH}px` })}>
          ${
            view
              ? html`<svg class="under" width=${width} height=${stageH} aria-hidden="true">
                  ${renderLanes(view, geometry, this.#laneColor)}
                  ${renderEras(eraBands(this.loadedData?.eras ?? [], toX, view.plotWidth), { plotLeft: gutter.plotLeft, axisHeight: AXIS_H, lanesHeight: lanesH })}
                  ${renderAxis(view, axisTicks(view.start, view.end, view.plotWidth, lang, view.plotWidth < 400 ? 64 : 90), toX, geometry)}
                  ${series && seriesH ? renderSeries(series, toX, { top: seriesTop, height: seriesH, width, labelWidth, plotWidth: view.plotWidth, gutter }, lang) : nothing}
                </svg>`
              : nothing
          }
          <canvas class="dense" aria-hidden="true" style=${plotBox}></canvas>
          <div
            class=${`plot${this.#selection.highlighted.size > 0 ? ' has-highlight' : ''}${this.#keyboard.visible ? ' keyboard' : ''}`}
            part="marks"
            tabindex="0"
            role="listbox"
            aria-roledescription="timeline"
            aria-label=${label}
            aria-activedescendant=${focused ? focused.domId : nothing}
            style=${plotBox}
            @pointermove=${this.#pointer.move}
            @click=${this.#pointer.click}
            @keydown=${this.#keyboard.onKeyDown}
            @focus=${this.#keyboard.onFocus}
            @blur=${this.#keyboard.onBlur}
          >
            ${renderMarks(view, lanesH, {
              selected,
              highlighted: this.#selection.highlighted,
              hovered: this.#selection.hovered,
              focused,
              callout,
              ariaLabel: (event) => text!.ariaLabel(event),
              laneColor: this.#laneColor,
            })}
          </div>
          ${renderToolbar(lang, {
            zoomIn: () => this.#window.zoomBy(2),
            zoomOut: () => this.#window.zoomBy(0.5),
            fit: () => this.#window.fit(),
          })}
        </div>
        ${
          view && bounds
            ? renderOverview(
                { labelWidth, plotLeft: gutter.plotLeft, plotWidth: view.plotWidth, lang },
                bounds,
                view,
                axisTicks(bounds.start, bounds.end, view.plotWidth, lang, view.plotWidth < 400 ? 70 : 110),
                this.#model.densityFor(bounds),
                this.#brush,
              )
            : nothing
        }
        ${this.#tooltip.render(keyboardTip)} ${renderDataStatus(this, lang)} ${this.#wheel.render(lang)}
        ${renderLiveRegion(this)}
      </div>
    `;
  }
}
