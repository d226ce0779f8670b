import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { parseEdtf } from '../data/edtf.js';
import { linearScale, type LinearScale } from './linear-scale.js';

/**
 * The timeline's window math, on d3's own types: the base scale maps the whole span onto the plot, a d3-zoom
 * transform narrows it (`transform.rescaleX(base)`), and keyboard and button zooms are windows computed here and
 * handed to the zoom behaviour as transforms. Times are UTC ms; x is in the zoom surface's px. The scales are linear
 * over the milliseconds (`linearScale`), not d3's `scaleUtc`: that one holds `Date`s, which end at ±275,760 years,
 * and the timeline spans the 13.8 billion years since the Big Bang as well as an afternoon (the axis's ticks are made
 * apart).
 */

export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
/** The narrowest window a reader can zoom to when no event has a time of day. */
export const MIN_WINDOW = 2 * DAY;
/**
 * The deepest zoom, as a share of the whole span: beyond it the zoom's translation (about the span over the window
 * times the plot's width, in px) has too few bits left for sub-pixel marks. 13.8 billion years still zoom to 50 days.
 */
const MAX_ZOOM_FACTOR = 1e11;

export type TimeScale = LinearScale;

/**
 * The narrowest window for a span: two days, an hour when events have a time of day, and never deeper than
 * doubles keep marks in place (`MAX_ZOOM_FACTOR`).
 */
export function narrowestWindow(domain: readonly [number, number], timesOfDay: boolean): number {
  return Math.max(timesOfDay ? HOUR : MIN_WINDOW, (domain[1] - domain[0]) / MAX_ZOOM_FACTOR);
}

/** The whole span `[d0, d1]` over the plot `[x0, x1]`. */
export function baseScale(domain: readonly [number, number], plot: readonly [number, number]): TimeScale {
  return linearScale([domain[0], domain[1]], [plot[0], plot[1]]);
}

/** The window a transform shows. */
export function windowOf(base: TimeScale, transform: ZoomTransform): TimeWindow {
  const [start, end] = transform.rescaleX(base).domain();
  return { start, end };
}

/** The transform that shows `window` (the inverse of `windowOf`). */
export function transformFor(base: TimeScale, window: TimeWindow): ZoomTransform {
  const [x0, x1] = base.range();
  const b0 = base(window.start);
  const b1 = base(window.end);
  const k = (x1 - x0) / Math.max(1e-9, b1 - b0);
  return zoomIdentity.translate(x0 - k * b0, 0).scale(k);
}

/** `window` widened about its middle to at least `span`. */
export function atLeast(window: TimeWindow, span: number): TimeWindow {
  if (window.end - window.start >= span) return window;
  const middle = (window.start + window.end) / 2;
  return { start: middle - span / 2, end: middle + span / 2 };
}

/** The largest zoom factor: the whole span shown at `MIN_WINDOW`. */
export function maxZoom(domain: readonly [number, number], minWindow = MIN_WINDOW): number {
  return Math.max(1, (domain[1] - domain[0]) / minWindow);
}

/** `window` moved (not resized) to lie within `bounds`; a window wider than the bounds becomes the bounds. */
export function clampWindow(window: TimeWindow, bounds: TimeWindow): TimeWindow {
  const span = window.end - window.start;
  if (span >= bounds.end - bounds.start) return bounds;
  const start = Math.max(bounds.start, Math.min(window.start, bounds.end - span));
  return { start, end: start + span };
}

/**
 * The window zoomed by `factor` (2 shows half the time) about the point `at` (0 the left edge, 1 the right), which
 * stays at the same place on screen, kept within `bounds` and no narrower than `minWindow`.
 */
export function zoomWindow(
  window: TimeWindow,
  factor: number,
  at: number,
  bounds: TimeWindow,
  minWindow = MIN_WINDOW,
): TimeWindow {
  const fraction = Math.min(1, Math.max(0, at));
  const span = window.end - window.start;
  const next = Math.min(bounds.end - bounds.start, Math.max(minWindow, span / factor));
  const pinned = window.start + fraction * span;
  const start = pinned - fraction * next;
  return clampWindow({ start, end: start + next }, bounds);
}

/** The window moved by `fraction` of its width (positive: later), within `bounds`. */
export function panWindow(window: TimeWindow, fraction: number, bounds: TimeWindow): TimeWindow {
  const shift = (window.end - window.start) * fraction;
  return clampWindow({ start: window.start + shift, end: window.end + shift }, bounds);
}

/** The window of the same width centred on `[from, to]` when that is out of view; the same window otherwise. */
export function revealWindow(window: TimeWindow, from: number, to: number, bounds: TimeWindow): TimeWindow {
  const a = Number.isFinite(from) ? from : to;
  const b = Number.isFinite(to) ? to : from;
  if (b > window.start && a < window.end) return window;
  const span = window.end - window.start;
  const start = (a + b) / 2 - span / 2;
  return clampWindow({ start, end: start + span }, bounds);
}

/**
 * The data's extent with 3% room at each end, at least `minSpan` wide (30 days; a day for data with times of day);
 * the ten years up to next year without data.
 */
export function paddedDomain(
  extent: readonly [number, number] | null | undefined,
  now = Date.now(),
  minSpan = 30 * DAY,
): [number, number] {
  if (!extent) {
    const nextYear = Date.UTC(new Date(now).getUTCFullYear() + 1, 0, 1);
    return [nextYear - 10 * 365.25 * DAY, nextYear];
  }
  const span = Math.max(extent[1] - extent[0], minSpan);
  const middle = (extent[0] + extent[1]) / 2;
  return [middle - span * 0.53, middle + span * 0.53];
}

/** A time from an EDTF string (its first or last instant, by `edge`), a `Date` or UTC ms; `null` if not a time. */
export function toTime(value: string | Date | number, edge: 'start' | 'end'): number | null {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const parsed = parseEdtf(value);
  if (!parsed.ok) return null;
  const time = edge === 'start' ? parsed.value.start : parsed.value.end;
  return Number.isFinite(time) ? time : null;
}

/** The window from `start` to `end` (a year string covers that year); `null` unless both are times and in order. */
export function toWindow(start: string | Date | number | null, end: string | Date | number | null): TimeWindow | null {
  if (start === null || end === null || start === '' || end === '') return null;
  const from = toTime(start, 'start');
  const to = toTime(end, 'end');
  return from !== null && to !== null && to > from ? { start: from, end: to } : null;
}
