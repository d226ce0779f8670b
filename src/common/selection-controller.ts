import type { ReactiveController } from 'lit';
import { BusController, type BusHost } from '../bus/bus-controller.js';
import { RelationsHoverEvent, RelationsSelectEvent } from '../bus/dom-events.js';
import type { BusMessage, BusState } from '../bus/messages.js';
import type { LoadedDataset } from '../data/loaded.js';
import { isEmptySelection, sameSelection, toSelection, type Selection } from '../data/selection.js';

export interface SelectionHost extends BusHost {
  loadedData: LoadedDataset | null;
  announcement: string;
  /** Inside a composite, which announces selections itself: the view does not say them again. */
  quiet?: boolean;
}

export interface SelectionHandlers {
  /** The ids this view highlights for a selection: events for the timeline, places for the map. */
  idsOf(data: LoadedDataset, selection: Selection): Set<string>;
  /** The selection changed; `follow` asks the view to bring it into view (a selection from elsewhere). */
  onSelection?(follow: boolean): void;
  onHover?(): void;
  onFilter?(): void;
  onRange?(): void;
}

/**
 * Everything the views share about selection: the channel (bus ↔ selection), the highlighted and hovered ids, the
 * hidden categories and range, the reader's own selections and hovers going out as bus messages and DOM events
 * (programmatic ones never echo as DOM events), and the announcement of what was selected.
 */
export class SelectionController implements ReactiveController {
  readonly #host: SelectionHost;
  readonly #handlers: SelectionHandlers;
  readonly #bus: BusController;
  #selection: Selection | null = null;
  #hover: Selection | null = null;
  #highlighted = new Set<string>();
  #hovered = new Set<string>();
  #data: LoadedDataset | null = null;
  /** Hidden categories; `null` when none is. */
  hidden: ReadonlySet<string> | null = null;
  /** Events a search matched; `null` when nothing is searched. */
  matches: ReadonlySet<string> | null = null;
  range: { start: number; end: number } | null = null;

  constructor(host: SelectionHost, handlers: SelectionHandlers) {
    this.#host = host;
    this.#handlers = handlers;
    this.#bus = new BusController(host, {
      onMessage: (message) => this.#onMessage(message),
      onJoin: (state) => this.#onJoin(state),
    });
    host.addController(this);
  }

  get selection(): Selection | null {
    return this.#selection;
  }

  /** Ids highlighted by the selection (here or in another view on the channel). */
  get highlighted(): ReadonlySet<string> {
    this.#refresh();
    return this.#highlighted;
  }

  /** Ids under the pointer or keyboard focus (here or in another view). */
  get hovered(): ReadonlySet<string> {
    this.#refresh();
    return this.#hovered;
  }

  hostUpdate(): void {
    this.#refresh();
  }

  /** A selection made through the element's API: shared with the channel, no DOM event. */
  select(input: { eventIds?: readonly string[]; placeIds?: readonly string[] }): void {
    const selection = toSelection(input);
    this.#set(selection, true);
    this.#bus.publish({ type: 'select', selection });
  }

  /**
   * The reader's selection: shared with the channel, announced, and fired as `relations-select` with `detail` (what
   * the host page is told, by default the selection itself: an event's places, say, that the views do not select).
   */
  userSelect(selection: Selection, announcement: string, detail: Selection = selection): void {
    this.#set(selection, false);
    this.#bus.publish({ type: 'select', selection });
    this.#host.dispatchEvent(new RelationsSelectEvent(detail));
    if (!this.#host.quiet) this.#host.announcement = announcement;
  }

  /** The reader's hover (pointer or keyboard focus); repeated hovers of the same thing are sent once. */
  userHover(selection: Selection | null): void {
    const next = isEmptySelection(selection) ? null : selection;
    if (sameSelection(next, this.#hover)) return;
    this.#setHover(next);
    this.#bus.publish({ type: 'hover', selection: next });
    this.#host.dispatchEvent(new RelationsHoverEvent(next));
  }

  /** Tells the channel the view's visible window (the timeline's). */
  publishRange(start: number, end: number): void {
    this.range = { start, end };
    this.#bus.publish({ type: 'range', start, end });
  }

  #refresh(): void {
    const data = this.#host.loadedData;
    if (data === this.#data) return;
    this.#data = data;
    this.#highlighted = data && this.#selection ? this.#handlers.idsOf(data, this.#selection) : new Set();
    this.#hovered = data && this.#hover ? this.#handlers.idsOf(data, this.#hover) : new Set();
  }

  #set(selection: Selection | null, follow: boolean): void {
    this.#selection = isEmptySelection(selection) ? null : selection;
    const data = this.#host.loadedData;
    this.#data = data;
    this.#highlighted = data && this.#selection ? this.#handlers.idsOf(data, this.#selection) : new Set();
    this.#handlers.onSelection?.(follow);
    this.#host.requestUpdate();
  }

  #setHover(selection: Selection | null): void {
    this.#hover = selection;
    const data = this.#host.loadedData;
    this.#hovered = data && selection ? this.#handlers.idsOf(data, selection) : new Set();
    this.#handlers.onHover?.();
    this.#host.requestUpdate();
  }

  #onMessage(message: BusMessage): void {
    switch (message.type) {
      case 'select':
        this.#set(message.selection, true);
        break;
      case 'hover':
        this.#setHover(message.selection);
        break;
      case 'filter':
        this.hidden = hiddenSet(message.hidden);
        this.matches = message.eventIds ? new Set(message.eventIds) : null;
        this.#handlers.onFilter?.();
        this.#host.requestUpdate();
        break;
      case 'range':
        this.range = { start: message.start, end: message.end };
        this.#handlers.onRange?.();
        break;
    }
  }

  #onJoin(state: Readonly<BusState>): void {
    this.hidden = hiddenSet(state.hidden);
    this.matches = state.eventIds ? new Set(state.eventIds) : null;
    this.range = state.range;
    this.#setHover(state.hover);
    this.#set(state.selection, false);
  }
}

function hiddenSet(hidden: readonly string[] | null): ReadonlySet<string> | null {
  return hidden && hidden.length > 0 ? new Set(hidden) : null;
}
