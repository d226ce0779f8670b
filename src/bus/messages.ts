import type { Selection } from '../data/selection.js';

/** What travels on a channel. Times are UTC milliseconds. */
export type BusMessage =
  | { readonly type: 'select'; readonly selection: Selection }
  | { readonly type: 'hover'; readonly selection: Selection | null }
  | { readonly type: 'range'; readonly start: number; readonly end: number }
  | {
      readonly type: 'filter';
      readonly categories: readonly string[] | null;
      /** The events a search matched; `null` (or absent) when nothing is searched. */
      readonly eventIds?: readonly string[] | null;
    };

export type BusMessageType = BusMessage['type'];

/** The last message of each type, so an element that joins late starts in step with the others. */
export interface BusState {
  selection: Selection | null;
  hover: Selection | null;
  range: { start: number; end: number } | null;
  /** Visible categories; `null` means all. */
  categories: readonly string[] | null;
  /** Events matched by a search; `null` when nothing is searched. */
  eventIds: readonly string[] | null;
}

export function initialState(): BusState {
  return { selection: null, hover: null, range: null, categories: null, eventIds: null };
}

export function applyMessage(state: BusState, message: BusMessage): void {
  switch (message.type) {
    case 'select':
      state.selection = message.selection;
      break;
    case 'hover':
      state.hover = message.selection;
      break;
    case 'range':
      state.range = { start: message.start, end: message.end };
      break;
    case 'filter':
      state.categories = message.categories;
      state.eventIds = message.eventIds ?? null;
      break;
  }
}
