import { RelationsRangeEvent, RelationsReadyEvent } from '../bus/dom-events.js';
import { elementLang } from '../common/lang.js';
import { prepareDateWords } from '../data/format-date.js';
import type { LoadedDataset } from '../data/loaded.js';
import type { TimeWindow } from './time-window.js';

/**
 * What the timeline tells the page after a render: `relations-range` (and the channel's range) once for each new
 * window, and `relations-ready` once per data set, also for a hidden element or one with no events once measured,
 * so hosts are never left waiting.
 */
export class TimelineReports {
  readonly #host: HTMLElement;
  readonly #publishRange: (window: TimeWindow) => void;
  #lastRange: TimeWindow | null = null;
  #readyFor: LoadedDataset | null = null;

  constructor(host: HTMLElement, publishRange: (window: TimeWindow) => void) {
    this.#host = host;
    this.#publishRange = publishRange;
  }

  /** A new data set: it has not been reported ready. */
  reset(): void {
    this.#readyFor = null;
  }

  report(data: LoadedDataset | null, window: TimeWindow | null, drawn: boolean, nothingToDraw: boolean): void {
    if (!data) return;
    const last = this.#lastRange;
    if (window && (!last || last.start !== window.start || last.end !== window.end)) {
      this.#lastRange = window;
      this.#host.dispatchEvent(new RelationsRangeEvent(window.start, window.end));
      this.#publishRange(window);
    }
    if (this.#readyFor !== data && (drawn || nothingToDraw)) {
      this.#readyFor = data;
      this.#host.dispatchEvent(new RelationsReadyEvent({ events: data.events.length }));
      // The date words of the marks' labels and the announcements, made while the reader has not clicked yet.
      const lang = elementLang(this.#host);
      whenIdle(() => prepareDateWords(lang));
    }
  }
}

/**
 * Runs `work` (up to ~40 ms that cannot be split) in an idle period long enough for it: a short one between two frames
 * the page has asked for would delay the second.
 */
function whenIdle(work: () => void, needsMs = 40): void {
  if (typeof requestIdleCallback !== 'function') {
    setTimeout(work, 200);
    return;
  }
  const attempt = (deadline: IdleDeadline) => {
    if (deadline.didTimeout || deadline.timeRemaining() >= needsMs) work();
    else requestIdleCallback(attempt, { timeout: 5000 });
  };
  requestIdleCallback(attempt, { timeout: 5000 });
}
