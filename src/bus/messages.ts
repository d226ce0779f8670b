import type { Selection } from '../data/selection.js';

/** What travels on a channel. Times are UTC milliseconds. */
export type BusMessage =
  | { readonly type: 'select'; readonly selection: Selection }
  | { readonly type: 'hover'; readonly selection: Selection | null }
  | { readonly type: 'range'; readonly start: number; readonly end: number }
  | {
      readonly type: 'filter';
      /**
       * The categories hidden (`null` or empty: none). What is hidden, not what is shown, so views with other data
       * sets on the channel keep the categories the sender never knew.
       */
      readonly hidden: readonly string[] | null;
      /** The events a search matched; `null` (or absent) when nothing is searched. */
      readonly eventIds?: readonly string[] | null;
    };

export type BusMessageType = BusMessage['type'];

/** The last message of each type, so an element that joins late starts in step with the others. */
export interface BusState {
  selection: Selection | null;
  hover: Selection | null;
  range: { start: number; end: number } | null;
  /** Hidden categories; `null` means none. */
  hidden: readonly string[] | null;
  /** Events matched by a search; `null` when nothing is searched. */
  eventIds: readonly string[] | null;
}

export function initialState(): BusState {
  return { selection: null, hover: null, range: null, hidden: null, eventIds: null };
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
      state.hidden = message.hidden;
      state.eventIds = message.eventIds ?? null;
      break;
  }
}

const isIdList = (value: unknown): boolean => Array.isArray(value) && value.every((item) => typeof item === 'string');

function selectionProblem(selection: unknown): string | null {
  if (typeof selection !== 'object' || selection === null) return 'the selection is not an object';
  const { eventIds, placeIds } = selection as Record<string, unknown>;
  if (!isIdList(eventIds)) return 'eventIds is not a list of id strings';
  if (!isIdList(placeIds)) return 'placeIds is not a list of id strings';
  return null;
}

/**
 * What is wrong with a message from a page script (in words for the console), or null when every element on the
 * channel can take it. The channel checks each one, so a bad call never throws inside the views.
 */
export function messageProblem(message: unknown): string | null {
  if (typeof message !== 'object' || message === null) return 'it is not an object';
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'select':
      return selectionProblem(m.selection);
    case 'hover':
      return m.selection === null ? null : selectionProblem(m.selection);
    case 'range':
      return Number.isFinite(m.start) && Number.isFinite(m.end) && (m.start as number) <= (m.end as number)
        ? null
        : 'start and end are not finite times with start <= end';
    case 'filter':
      if (m.hidden !== null && !isIdList(m.hidden)) return 'hidden is neither null nor a list of category ids';
      if (m.eventIds !== undefined && m.eventIds !== null && !isIdList(m.eventIds))
        return 'eventIds is neither null nor a list of id strings';
      return null;
    default:
      return `"${String(m.type)}" is not a message type (select, hover, range, filter)`;
  }
}
