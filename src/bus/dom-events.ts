import type { Diagnostic } from '../data/diagnostics.js';
import type { Selection } from '../data/selection.js';

/**
 * The DOM events the elements fire, for host pages. All bubble and cross shadow roots. `relations-select` and
 * `relations-hover` are fired for the user's own actions, never for changes made through properties or the bus.
 */

const init = { bubbles: true, composed: true } as const;

export class RelationsSelectEvent extends Event {
  static readonly eventName = 'relations-select';
  readonly detail: Selection;
  constructor(selection: Selection) {
    super(RelationsSelectEvent.eventName, init);
    this.detail = { eventIds: [...selection.eventIds], placeIds: [...selection.placeIds] };
  }
}

export class RelationsHoverEvent extends Event {
  static readonly eventName = 'relations-hover';
  /** `null` when the pointer or focus leaves. */
  readonly detail: Selection | null;
  constructor(selection: Selection | null) {
    super(RelationsHoverEvent.eventName, init);
    this.detail = selection;
  }
}

export class RelationsRangeEvent extends Event {
  static readonly eventName = 'relations-range';
  /** `startTime` and `endTime` are UTC ms, which also hold times beyond `Date`'s ±275,760 years (invalid `Date`s). */
  readonly detail: { readonly start: Date; readonly end: Date; readonly startTime: number; readonly endTime: number };
  constructor(start: number, end: number) {
    super(RelationsRangeEvent.eventName, init);
    this.detail = { start: new Date(start), end: new Date(end), startTime: start, endTime: end };
  }
}

export class RelationsReadyEvent extends Event {
  static readonly eventName = 'relations-ready';
  readonly detail: { readonly events?: number; readonly places?: number };
  constructor(detail: { events?: number; places?: number }) {
    super(RelationsReadyEvent.eventName, init);
    this.detail = detail;
  }
}

export class RelationsErrorEvent extends Event {
  static readonly eventName = 'relations-error';
  readonly detail: { readonly diagnostics: readonly Diagnostic[] };
  constructor(diagnostics: readonly Diagnostic[]) {
    super(RelationsErrorEvent.eventName, init);
    this.detail = { diagnostics };
  }
}

export class RelationsStepEvent extends Event {
  static readonly eventName = 'relations-step';
  /** The step the reader reached: its position from 0 and its id. */
  readonly detail: { readonly index: number; readonly id: string };
  constructor(index: number, id: string) {
    super(RelationsStepEvent.eventName, init);
    this.detail = { index, id };
  }
}

declare global {
  interface HTMLElementEventMap {
    'relations-select': RelationsSelectEvent;
    'relations-hover': RelationsHoverEvent;
    'relations-range': RelationsRangeEvent;
    'relations-ready': RelationsReadyEvent;
    'relations-error': RelationsErrorEvent;
    'relations-step': RelationsStepEvent;
  }
}
