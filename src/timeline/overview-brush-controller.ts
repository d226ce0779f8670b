import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimeWindow } from './time-window.js';
import type { TimeWindowController } from './time-window-controller.js';

/**
 * Dragging the overview strip's brush: the window keeps its width and follows the pointer, held where it was
 * grabbed (or by its middle when the press lands outside it), within the whole span.
 */
export class OverviewBrushController implements ReactiveController {
  readonly #window: TimeWindowController;
  #drag: { offset: number; pointerId: number } | null = null;

  constructor(host: ReactiveControllerHost, window: TimeWindowController) {
    this.#window = window;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#drag = null;
  }

  readonly down = (pointer: PointerEvent): void => {
    const bounds = this.#window.bounds;
    const window = this.#window.window;
    if (!bounds || !window) return;
    const strip = pointer.currentTarget as HTMLElement;
    const rect = strip.getBoundingClientRect();
    const toX = (time: number) => ((time - bounds.start) / (bounds.end - bounds.start)) * rect.width;
    const x = pointer.clientX - rect.left;
    const [x0, x1] = [toX(window.start), toX(window.end)];
    this.#drag = { offset: x >= x0 && x <= x1 ? x - x0 : (x1 - x0) / 2, pointerId: pointer.pointerId };
    strip.setPointerCapture(pointer.pointerId);
    this.move(pointer);
  };

  readonly move = (pointer: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || drag.pointerId !== pointer.pointerId) return;
    const next = this.#windowAt(pointer, drag.offset);
    if (next) this.#window.show(next);
  };

  readonly up = (pointer: PointerEvent): void => {
    if (this.#drag?.pointerId === pointer.pointerId) this.#drag = null;
  };

  #windowAt(pointer: PointerEvent, offset: number): TimeWindow | null {
    const bounds = this.#window.bounds;
    const window = this.#window.window;
    if (!bounds || !window) return null;
    const rect = (pointer.currentTarget as HTMLElement).getBoundingClientRect();
    const time = bounds.start + ((pointer.clientX - rect.left - offset) / rect.width) * (bounds.end - bounds.start);
    const span = window.end - window.start;
    const start = Math.max(bounds.start, Math.min(time, bounds.end - span));
    return { start, end: start + span };
  }
}
