import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { easeCubicOut } from 'd3-ease';
import { select, type Selection as D3Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import {
  atLeast,
  baseScale,
  maxZoom,
  panWindow,
  revealWindow,
  transformFor,
  windowOf,
  zoomWindow,
  type TimeScale,
  type TimeWindow,
} from './time-window.js';

export interface TimeWindowOptions {
  /** The element the reader zooms and pans on (the only node D3 touches, for its listeners). */
  surface(): HTMLElement | null;
  /** The element whose size is the timeline's size. */
  frame(): HTMLElement | null;
  /** The plot's left and right edges in surface px for a width. */
  plotEdges(width: number): readonly [number, number];
  /** The whole span the reader can see (the padded data extent). */
  domain(): readonly [number, number];
  /** The narrowest window the reader can zoom to, ms. */
  minWindow(): number;
  /** Gestures starting where this says no are left alone (toolbar buttons, a wheel that scrolls the page). */
  ignore(event: Event): boolean;
  /** Whether one finger pans now; when not, a one-finger swipe is the page's (it scrolls), two fingers still zoom. */
  oneFingerPans(): boolean;
  /** The window or the size changed; called at most once a frame. */
  changed(): void;
}

const ANIMATION_MS = 260;
/** How many window widths (and what zoom ratio) an animated zoom may cross; see `animatable`. */
const MAX_ANIMATED_LEAP = 1e4;

/**
 * Whether d3-zoom's smooth zoom (van Wijk and Nuij's, `interpolateZoom`) can fly from one window to the other: over
 * a leap of more than about 1e5 widths, a pan across deep time or a zoom from the Big Bang to a year, its
 * `log(sqrt(b² + 1) - b)` cancels to `log(0)` and every frame is NaN. Such a leap is a jump instead.
 */
export function animatable(from: TimeWindow, to: TimeWindow): boolean {
  const w0 = from.end - from.start;
  const w1 = to.end - to.start;
  const distance = Math.abs(to.start + to.end - from.start - from.end) / 2;
  const narrowest = Math.min(w0, w1);
  return Math.max(w0, w1) <= MAX_ANIMATED_LEAP * narrowest && distance <= MAX_ANIMATED_LEAP * narrowest;
}

const prefersReducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * The timeline's window: d3-zoom on the surface (wheel, drag, pinch, touch, double-click), the base scale over the
 * whole span, programmatic zooms and pans (animated through d3-transition unless the reader prefers reduced motion),
 * and the element's size from a ResizeObserver. The window survives resizes and reconnects.
 */
export class TimeWindowController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: TimeWindowOptions;
  #behavior: ZoomBehavior<HTMLElement, unknown> | null = null;
  #surface: D3Selection<HTMLElement, unknown, null, undefined> | null = null;
  #observer: ResizeObserver | null = null;
  #frame = 0;
  #pendingSize: [number, number] | null = null;
  /** The window moved since the last frame's report (a size that did not change reports nothing). */
  #moved = false;
  #base: TimeScale | null = null;
  #bounds: TimeWindow | null = null;
  #window: TimeWindow | null = null;
  /** The window asked for while there was no size yet, or kept over a disconnect. */
  #wanted: TimeWindow | null = null;
  /** The window a programmatic zoom is heading for, so it lands on exactly the times asked for. */
  #target: { window: TimeWindow; transform: ZoomTransform } | null = null;
  width = 0;
  height = 0;
  /** True once the element has been measured (even at size 0). */
  measured = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: TimeWindowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The visible window; `null` before the element has a size. */
  get window(): TimeWindow | null {
    return this.#window;
  }

  /** Where an animated move under way is heading; the visible window when none is. */
  get heading(): TimeWindow | null {
    return this.#target?.window ?? this.#window;
  }

  /** The whole span the reader can pan over. */
  get bounds(): TimeWindow | null {
    return this.#bounds;
  }

  /** Time → surface x for the whole span (the overview's scale). */
  get base(): TimeScale | null {
    return this.#base;
  }

  /** Time → surface x for the visible window: d3-zoom's `transform.rescaleX(base)`. */
  get scale(): TimeScale | null {
    const surface = this.#surface?.node();
    if (!this.#base || !surface) return null;
    return this.#current().rescaleX(this.#base);
  }

  hostUpdated(): void {
    // Lit also updates a disconnected element (a property set on it): it must not observe or listen again then.
    if (this.#host.isConnected) this.#attach();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.measured = false;
    this.#surface?.interrupt().on('.zoom', null);
    this.#surface?.node()?.removeEventListener('touchmove', this.#onTouchMove, { capture: true });
    this.#surface = null;
    this.#behavior = null;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    // Where an animated zoom was heading, not the frame it had reached.
    const kept = this.#target?.window ?? this.#window;
    if (kept) this.#wanted = kept;
    this.#target = null;
  }

  /** New data (or none): the bounds follow the data; `wanted` is the window to open on (the whole span if null). */
  reset(wanted: TimeWindow | null): void {
    this.#wanted = wanted;
    this.#window = null;
    this.#relayout();
  }

  /** Shows `window`, animated unless `animate` is false or the reader prefers reduced motion. */
  show(asked: TimeWindow, animate = false): void {
    const window = atLeast(asked, this.#options.minWindow());
    const bounds = this.#bounds;
    if (!this.#behavior || !bounds || this.width === 0 || window.start < bounds.start || window.end > bounds.end) {
      this.#wanted = window;
      this.#relayout();
      return;
    }
    this.#apply(window, animate && !prefersReducedMotion());
  }

  /** Zooms by `factor` (2: half the time) about a fraction of the plot's width (the middle by default). */
  zoomBy(factor: number, at = 0.5): void {
    if (this.#window && this.#bounds)
      this.show(zoomWindow(this.#window, factor, at, this.#bounds, this.#options.minWindow()), true);
  }

  /** Pans by a fraction of the window's width (positive: later). */
  panBy(fraction: number): void {
    if (this.#window && this.#bounds) this.show(panWindow(this.#window, fraction, this.#bounds), true);
  }

  /** Pans, keeping the zoom, so `[from, to]` is in view, unless it already is. */
  reveal(from: number, to: number): void {
    // During an animated move, what matters is where it is heading (a story step zooms, then selects).
    const current = this.#target?.window ?? this.#window;
    if (!current || !this.#bounds) return;
    const next = revealWindow(current, from, to, this.#bounds);
    if (next !== current) this.show(next, true);
  }

  fit(animate = true): void {
    if (this.#bounds) this.show(this.#fullDomain(), animate);
  }

  #fullDomain(): TimeWindow {
    const [start, end] = this.#options.domain();
    return { start, end };
  }

  #current(): ZoomTransform {
    return zoomTransform(this.#surface!.node()!);
  }

  #attach(): void {
    const frame = this.#options.frame();
    const first = frame && !this.#observer && !this.measured ? frame : null;
    if (frame && !this.#observer) {
      // The size is taken in the next frame, not inside the browser's resize loop, where whatever the page does on
      // the events a resize fires (mounting another element, say) would run.
      this.#observer = new ResizeObserver((entries) => {
        const box = entries[0].contentRect;
        this.#pendingSize = [Math.round(box.width), Math.round(box.height)];
        this.#schedule();
      });
      this.#observer.observe(frame);
    }
    const surface = this.#options.surface();
    if (!surface || surface === this.#surface?.node()) return;
    this.#surface?.interrupt().on('.zoom', null);
    this.#surface?.node()?.removeEventListener('touchmove', this.#onTouchMove, { capture: true });
    // Before d3-zoom's own listener, which would cancel the page's scrolling.
    surface.addEventListener('touchmove', this.#onTouchMove, { capture: true, passive: true });
    const behavior = zoom<HTMLElement, unknown>()
      // A click that wobbles by a few pixels still selects; only a longer drag pans.
      .clickDistance(4)
      .filter((event: Event) => {
        const mouse = event as MouseEvent;
        return !this.#options.ignore(event) && (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => this.#onZoom(event.transform, event.sourceEvent));
    this.#behavior = behavior;
    this.#surface = select(surface);
    this.#surface.call(behavior);
    if (first) this.#measureNow(first);
    this.#relayout();
    if (first) {
      // Drawn in this update's follow-up, not in a frame of its own.
      cancelAnimationFrame(this.#frame);
      this.#frame = 0;
      this.#moved = false;
      this.#options.changed();
    }
  }

  /**
   * The first size, read at once rather than from the observer a frame later: the layout this forces is the one the
   * first paint needs anyway, and the data is drawn in that first paint instead of an empty timeline with the data a
   * frame or two after it. Later sizes come from the observer, which also corrects this one should it differ.
   */
  #measureNow(frame: HTMLElement): void {
    this.measured = true;
    this.width = frame.clientWidth;
    this.height = frame.clientHeight;
  }

  #onTouchMove = (event: TouchEvent): void => {
    if (event.touches.length < 2 && !this.#options.oneFingerPans()) event.stopImmediatePropagation();
  };

  #onZoom(transform: ZoomTransform, sourceEvent: unknown): void {
    if (!this.#base) return;
    const target = this.#target;
    if (target && target.transform.k === transform.k && target.transform.x === transform.x) {
      this.#window = target.window;
      this.#target = null;
    } else {
      this.#window = windowOf(this.#base, transform);
      // The reader's own gesture replaces a programmatic move that was under way.
      if (sourceEvent) this.#target = null;
    }
    this.#moved = true;
    this.#schedule();
  }

  #apply(window: TimeWindow, animate: boolean): void {
    const behavior = this.#behavior;
    const surface = this.#surface;
    if (!behavior || !surface || !this.#base) return;
    const transform = transformFor(this.#base, window);
    this.#target = { window, transform };
    surface.interrupt();
    if (animate && this.#window && !animatable(this.#window, window)) animate = false;
    if (animate) surface.transition().duration(ANIMATION_MS).ease(easeCubicOut).call(behavior.transform, transform);
    else surface.call(behavior.transform, transform);
  }

  /** Rebuilds the base scale and the zoom extents for the current size and bounds, keeping the window. */
  #relayout(): void {
    const behavior = this.#behavior;
    if (!behavior || this.width === 0 || this.height === 0) return;
    const [d0, d1] = this.#options.domain();
    const keep = this.#wanted ?? this.#target?.window ?? this.#window;
    this.#wanted = null;
    const bounds = { start: Math.min(d0, keep?.start ?? d0), end: Math.max(d1, keep?.end ?? d1) };
    this.#bounds = bounds;
    const [x0, x1] = this.#options.plotEdges(this.width);
    this.#base = baseScale([bounds.start, bounds.end], [x0, x1]);
    behavior
      .extent([
        [x0, 0],
        [x1, this.height],
      ])
      .translateExtent([
        [x0, -Infinity],
        [x1, Infinity],
      ])
      .scaleExtent([1, maxZoom([bounds.start, bounds.end], this.#options.minWindow())])
      .duration(prefersReducedMotion() ? 0 : 250);
    this.#apply(keep ?? bounds, false);
  }

  #schedule(): void {
    if (this.#frame || !this.#host.isConnected) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const size = this.#pendingSize;
      this.#pendingSize = null;
      let changed = this.#moved || !this.measured;
      this.#moved = false;
      if (size) {
        this.measured = true;
        if (size[0] !== this.width || size[1] !== this.height) {
          this.width = size[0];
          this.height = size[1];
          this.#relayout();
          changed = true;
        }
      }
      if (changed) this.#options.changed();
    });
  }
}
