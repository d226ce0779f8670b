/**
 * Horizontal zoom for the timeline: d3-zoom's transform algebra (x ↦ x·k + tx) on one axis, and the gestures that
 * change it (wheel, drag, two-finger pinch). d3-zoom itself is not imported: it brings d3-transition, which patches
 * d3-selection as a side effect and costs 12 kB gzip of the 100 kB drop-in budget for behaviour the timeline redraws
 * through Lit anyway.. Ticks stay d3's (d3-time).
 */

import { timeScale, type TimeScale } from './time-scale.js';

export class AxisTransform {
  constructor(
    readonly k = 1,
    readonly x = 0,
  ) {}

  applyX(x: number): number {
    return x * this.k + this.x;
  }

  invertX(x: number): number {
    return (x - this.x) / this.k;
  }

  /** The transform that shows the world point `world` at screen position `screen` with zoom `k`. */
  static anchored(k: number, world: number, screen: number): AxisTransform {
    return new AxisTransform(k, screen - world * k);
  }

  /** The scale's domain as seen through this transform, as d3-zoom's `transform.rescaleX(scale)`. */
  rescaleX(scale: TimeScale): TimeScale {
    const [r0, r1] = scale.range();
    return timeScale([scale.invert(this.invertX(r0)), scale.invert(this.invertX(r1))], [r0, r1]);
  }
}

export const IDENTITY = new AxisTransform();

/** Keeps `k` within `scaleExtent` and the zoomed world `[x0, x1]` covering the viewport `[x0, x1]`. */
export function constrain(t: AxisTransform, [x0, x1]: readonly [number, number], [k0, k1]: readonly [number, number]): AxisTransform {
  const k = Math.max(k0, Math.min(k1, t.k));
  const lowest = x1 * (1 - k);
  const highest = x0 * (1 - k);
  const x = Math.max(lowest, Math.min(highest, t.x));
  return k === t.k && x === t.x ? t : new AxisTransform(k, x);
}

/** How much one wheel event zooms: d3-zoom's default wheel delta. */
function wheelFactor(event: WheelEvent): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  return Math.pow(2, -event.deltaY * perUnit * (event.ctrlKey ? 10 : 1));
}

export interface AxisZoomOptions {
  /** The viewport `[x0, x1]` in the target's local pixels. */
  readonly extent: () => readonly [number, number];
  readonly scaleExtent: () => readonly [number, number];
  /** Whether an event may start a gesture (for example, not on the toolbar). */
  readonly filter: (event: PointerEvent | WheelEvent) => boolean;
  /** A gesture by the reader begins. */
  readonly onStart: () => void;
  readonly onZoom: (transform: AxisTransform) => void;
}

const CLICK_DISTANCE = 3;

/** Attaches wheel, drag and pinch zooming to `target` until `destroy()`. */
export class AxisZoom {
  #transform = IDENTITY;
  readonly #target: HTMLElement;
  readonly #options: AxisZoomOptions;
  readonly #pointers = new Map<number, number>();
  #gesture: { transform: AxisTransform; pointers: Map<number, number>; moved: number } | null = null;

  constructor(target: HTMLElement, options: AxisZoomOptions) {
    this.#target = target;
    this.#options = options;
    target.addEventListener('wheel', this.#onWheel, { passive: false });
    target.addEventListener('pointerdown', this.#onPointerDown);
    target.addEventListener('pointermove', this.#onPointerMove);
    target.addEventListener('pointerup', this.#onPointerUp);
    target.addEventListener('pointercancel', this.#onPointerUp);
  }

  get transform(): AxisTransform {
    return this.#transform;
  }

  /** Sets the transform (constrained) and reports it, as `zoom.transform` does. */
  set transform(transform: AxisTransform) {
    this.#transform = constrain(transform, this.#options.extent(), this.#options.scaleExtent());
    this.#options.onZoom(this.#transform);
  }

  destroy(): void {
    const target = this.#target;
    target.removeEventListener('wheel', this.#onWheel);
    target.removeEventListener('pointerdown', this.#onPointerDown);
    target.removeEventListener('pointermove', this.#onPointerMove);
    target.removeEventListener('pointerup', this.#onPointerUp);
    target.removeEventListener('pointercancel', this.#onPointerUp);
    this.#pointers.clear();
    this.#gesture = null;
  }

  #localX(clientX: number): number {
    return clientX - this.#target.getBoundingClientRect().left;
  }

  #onWheel = (event: WheelEvent): void => {
    if (!this.#options.filter(event)) return;
    event.preventDefault();
    this.#options.onStart();
    const t = this.#transform;
    if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      this.transform = new AxisTransform(t.k, t.x - event.deltaX);
      return;
    }
    const at = this.#localX(event.clientX);
    this.transform = AxisTransform.anchored(t.k * wheelFactor(event), t.invertX(at), at);
  };

  #onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || !this.#options.filter(event)) return;
    this.#pointers.set(event.pointerId, this.#localX(event.clientX));
    if (this.#pointers.size === 1) this.#options.onStart();
    // Every change in the number of fingers starts the gesture afresh from where it is.
    this.#gesture = { transform: this.#transform, pointers: new Map(this.#pointers), moved: this.#gesture?.moved ?? 0 };
  };

  #onPointerMove = (event: PointerEvent): void => {
    const gesture = this.#gesture;
    if (!gesture || !this.#pointers.has(event.pointerId)) return;
    this.#pointers.set(event.pointerId, this.#localX(event.clientX));
    const [a, b] = [...gesture.pointers.keys()];
    const start = gesture.transform;
    if (b === undefined) {
      const dx = this.#pointers.get(a)! - gesture.pointers.get(a)!;
      // Capture only once it is a drag: a captured pointer's click would go to the target, not to the mark.
      if (gesture.moved <= CLICK_DISTANCE && Math.abs(dx) > CLICK_DISTANCE) this.#target.setPointerCapture?.(event.pointerId);
      gesture.moved = Math.max(gesture.moved, Math.abs(dx));
      this.transform = new AxisTransform(start.k, start.x + dx);
      return;
    }
    const [a0, b0] = [gesture.pointers.get(a)!, gesture.pointers.get(b)!];
    const [a1, b1] = [this.#pointers.get(a)!, this.#pointers.get(b)!];
    const ratio = Math.abs(b1 - a1) / Math.max(1, Math.abs(b0 - a0));
    gesture.moved = Infinity;
    this.transform = AxisTransform.anchored(start.k * ratio, start.invertX((a0 + b0) / 2), (a1 + b1) / 2);
  };

  #onPointerUp = (event: PointerEvent): void => {
    if (!this.#pointers.delete(event.pointerId)) return;
    const moved = this.#gesture?.moved ?? 0;
    if (this.#pointers.size > 0) {
      this.#gesture = { transform: this.#transform, pointers: new Map(this.#pointers), moved };
      return;
    }
    this.#gesture = null;
    // A drag is not a click: swallow the click the browser sends after it, as d3-drag does.
    if (moved > CLICK_DISTANCE) {
      const swallow = (click: Event) => click.stopImmediatePropagation();
      this.#target.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => this.#target.removeEventListener('click', swallow, { capture: true }), 0);
    }
  };
}
