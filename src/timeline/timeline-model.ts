import type { LoadedDataset, LoadedSeries } from '../data/loaded.js';
import { computeView, densityPath, type View } from './compute-view.js';
import { buildEventIndex, type EventIndex } from './event-index.js';
import { EventText } from './event-text.js';
import { plotWidthFor, timelineLayout, type TimelineLayout } from './timeline-layout.js';
import type { TimeWindow } from './time-window.js';

export interface ModelInput {
  readonly data: LoadedDataset | null;
  readonly groupBy: string;
  readonly lang: string;
  readonly hidden: ReadonlySet<string> | null;
  readonly matches: ReadonlySet<string> | null;
  /** The `series` attribute: a series id, or `null` for the data set's trade turnover or first series. */
  readonly series: string | null;
}

/**
 * What the timeline draws, kept between renders: the event index (rebuilt only when the data, the lanes, the
 * language or the filters change), the words for its events, the overview's density, and the view of the window.
 */
export class TimelineModel {
  #key: unknown[] = [];
  #densityBounds: TimeWindow | null = null;
  index: EventIndex | null = null;
  text: EventText | null = null;
  series: LoadedSeries | null = null;
  density = '';
  view: View | null = null;

  /** Rebuilds the index when what it depends on changed; true when it did (the keyboard focus is then stale). */
  refresh(input: ModelInput): boolean {
    const all = input.data?.series ?? [];
    const wanted = input.series ?? 'trade-turnover';
    this.series = all.find((s) => s.id === wanted) ?? (input.series ? null : (all[0] ?? null));
    const key = [input.data, input.groupBy, input.lang, input.hidden, input.matches];
    if (key.every((v, i) => v === this.#key[i])) return false;
    this.#key = key;
    const { data, groupBy, lang, hidden, matches } = input;
    this.index = data ? buildEventIndex(data, { groupBy, lang, hidden, matches }) : null;
    this.text = this.index ? new EventText(this.index, lang) : null;
    this.density = '';
    return true;
  }

  layout(width: number, height: number): TimelineLayout {
    return timelineLayout(width, height, this.series !== null);
  }

  /** The view of `window` at a size; none without events (no made-up axis for an empty data set) or without a size. */
  computeView(
    window: TimeWindow | null,
    size: { width: number; height: number },
    focus: number,
    highlighted: ReadonlySet<string>,
  ): View | null {
    const index = this.index;
    if (!index || index.events.length === 0 || !window || size.width === 0 || size.height === 0) {
      this.view = null;
      return null;
    }
    this.view = computeView({
      index,
      window,
      plotWidth: plotWidthFor(size.width),
      lanesHeight: this.layout(size.width, size.height).lanesHeight,
      focus,
      highlighted,
      anchor: this.view?.anchor ?? null,
    });
    return this.view;
  }

  /** The overview's density path, recomputed when the whole span changes. */
  densityFor(bounds: TimeWindow): string {
    if (this.index && (!this.density || this.#densityBounds !== bounds)) {
      this.density = densityPath(this.index, bounds);
      this.#densityBounds = bounds;
    }
    return this.density;
  }
}
