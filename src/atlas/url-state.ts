import { DAY, edtfFromTime, edtfMinuteFromTime, parseEdtf } from '../data/edtf.js';
import type { Selection } from '../data/selection.js';

/**
 * The atlas's shareable state in the URL hash: `#events=a,b&places=c&from=2004-01-01&to=2014-01-01`. Other hash
 * parameters the host page uses are kept. Ids are percent-encoded, so any id survives the round trip.
 */

export interface UrlState {
  readonly selection: Selection | null;
  readonly window: { readonly start: number; readonly end: number } | null;
  /** The search box's text (`q=`), when there is one. */
  readonly query?: string;
  /** Categories switched off with the chips (`hide=`), when any are. */
  readonly hidden?: readonly string[];
  /** The story's step shown in Story mode (`step=`), from 1. */
  readonly step?: number;
}

const KEYS = ['events', 'places', 'from', 'to', 'q', 'hide', 'step'] as const;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Raw (still encoded) values: URLSearchParams would decode the %2C inside an id into a list separator. */
function rawParams(hash: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at > 0) params.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return params;
}

function ids(value: string | undefined): string[] {
  return value ? value.split(',').filter(Boolean).map(safeDecode) : [];
}

/** More of a hash than this is not read: a 2 MB id would stall the page for seconds and names no real record. */
export const MAX_HASH_LENGTH = 20_000;

export function readUrlState(fullHash: string): UrlState {
  const hash = fullHash.length > MAX_HASH_LENGTH ? '' : fullHash;
  const params = rawParams(hash);
  const eventIds = ids(params.get('events'));
  const placeIds = ids(params.get('places'));
  const from = parseEdtf(params.get('from') ?? '');
  const to = parseEdtf(params.get('to') ?? '');
  const query = params.has('q') ? safeDecode(params.get('q')!) : undefined;
  const hidden = ids(params.get('hide'));
  const step = /^[1-9]\d{0,5}$/.test(params.get('step') ?? '') ? Number(params.get('step')) : undefined;
  return {
    selection: eventIds.length || placeIds.length ? { eventIds, placeIds } : null,
    window:
      from.ok && to.ok && from.value.start < to.value.start ? { start: from.value.start, end: to.value.start } : null,
    ...(query ? { query } : {}),
    ...(hidden.length ? { hidden } : {}),
    ...(step ? { step } : {}),
  };
}

export function writeUrlState(hash: string, state: UrlState): string {
  const kept = hash
    .replace(/^#/, '')
    .split('&')
    .filter((pair) => pair && !(KEYS as readonly string[]).includes(pair.split('=')[0]));
  const parts = [...kept];
  const list = (values: readonly string[]) => values.map(encodeURIComponent).join(',');
  if (state.selection?.eventIds.length) parts.push(`events=${list(state.selection.eventIds)}`);
  if (state.selection?.placeIds.length) parts.push(`places=${list(state.selection.placeIds)}`);
  if (state.window) {
    // A window of hours is written to the minute: days would make it empty, or a whole day.
    const write = state.window.end - state.window.start < 2 * DAY ? edtfMinuteFromTime : edtfFromTime;
    parts.push(`from=${write(state.window.start)}&to=${write(state.window.end)}`);
  }
  if (state.query) parts.push(`q=${encodeURIComponent(state.query)}`);
  if (state.hidden?.length) parts.push(`hide=${list(state.hidden)}`);
  if (state.step) parts.push(`step=${state.step}`);
  const joined = parts.filter(Boolean).join('&');
  return joined ? `#${joined}` : '';
}
