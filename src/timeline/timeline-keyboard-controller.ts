import type { ReactiveControllerHost } from 'lit';
import type { LoadedEvent } from '../data/loaded.js';
import type { View } from './compute-view.js';
import { visiblePositions, type EventIndex } from './event-index.js';
import { stepInTime, stepLane } from './keyboard-nav.js';
import type { TimeWindowController } from './time-window-controller.js';
import { timelineAction, type TimelineAction } from './timeline-keymap.js';

export interface TimelineKeyboardOptions {
  index(): EventIndex | null;
  view(): View | null;
  select(event: LoadedEvent | null): void;
  hover(event: LoadedEvent | null): void;
}

/**
 * The plot's one tab stop: which event has the keyboard focus (kept drawn, named by aria-activedescendant), whether
 * focus is shown, and what each key of the keymap does to the focus, the selection and the window.
 */
export class TimelineKeyboardController {
  readonly #host: ReactiveControllerHost;
  readonly #window: TimeWindowController;
  readonly #options: TimelineKeyboardOptions;
  /** Position of the focused event in the index, or -1. */
  focus = -1;
  /** Focus came from the keyboard (so its ring and tooltip show). */
  visible = false;

  constructor(host: ReactiveControllerHost, window: TimeWindowController, options: TimelineKeyboardOptions) {
    this.#host = host;
    this.#window = window;
    this.#options = options;
  }

  /** A click put the focus on an event (shown without the keyboard ring). */
  focusEvent(position: number): void {
    this.focus = position;
    this.visible = false;
    this.#host.requestUpdate();
  }

  reset(): void {
    this.focus = -1;
  }

  readonly onFocus = (): void => {
    const index = this.#options.index();
    const window = this.#window.window;
    if (this.focus >= 0 || !index || !window) return;
    const positions = visiblePositions(index, window.start, window.end);
    this.focus = positions.length > 0 ? positions[0] : stepInTime(index, -1, 1);
    this.#host.requestUpdate();
  };

  readonly onBlur = (): void => {
    this.visible = false;
    this.#options.hover(null);
    this.#host.requestUpdate();
  };

  readonly onKeyDown = (key: KeyboardEvent): void => {
    const action = timelineAction(key);
    const index = this.#options.index();
    if (!action || !index) return;
    key.preventDefault();
    this.#perform(action, index);
  };

  #perform(action: TimelineAction, index: EventIndex): void {
    const focus = this.focus;
    switch (action.type) {
      case 'step':
        return this.#moveTo(index, stepInTime(index, focus, action.direction));
      case 'lane':
        return this.#moveTo(index, stepLane(index, focus, action.direction));
      case 'first':
        return this.#moveTo(index, stepInTime(index, -1, 1));
      case 'last':
        return this.#moveTo(index, stepInTime(index, -1, -1));
      case 'select':
        if (index.events[focus]) this.#options.select(index.events[focus]);
        return;
      case 'clear':
        return this.#options.select(null);
      case 'zoom':
        return this.#window.zoomBy(action.factor, this.#focusFraction());
      case 'fit':
        return this.#window.fit();
      case 'pan':
        return this.#window.panBy(action.fraction);
    }
  }

  #moveTo(index: EventIndex, position: number): void {
    if (position < 0) return;
    this.focus = position;
    this.visible = true;
    this.#window.reveal(index.starts[position], index.ends[position]);
    this.#options.hover(index.events[position]);
    this.#host.requestUpdate();
  }

  /** Where the focused mark is, as a fraction of the plot's width (the middle when it is not drawn). */
  #focusFraction(): number {
    const view = this.#options.view();
    const mark = view?.marks.find((m) => m.position === this.focus);
    return mark && view ? (mark.x0 + mark.x1) / 2 / view.plotWidth : 0.5;
  }
}
