import type { LoadedDataset, LoadedEvent } from '../data/loaded.js';
import { localize } from '../data/localize.js';
import type { Selection } from '../data/selection.js';
import { buildSearchText, searchText, searchWords } from './sort-events.js';
import type { UrlState } from './url-state.js';

/** The atlas's filters as data: the category chips and the search box, and what they let through. Pure. */

const placeNamer = (data: LoadedDataset, lang: string) => (id: string) => localize(data.placeById.get(id)?.name, lang);

/**
 * The events the chips and the search leave, in time order. The same array for the same data set, search result and
 * hidden categories, so that the list does not sort again when a keystroke leaves the same events.
 */
export function visibleEvents(
  data: LoadedDataset | null,
  hidden: ReadonlySet<string>,
  query: string,
  lang: string,
): readonly LoadedEvent[] {
  if (!data) return [];
  const matched = searchWords(query).length ? matchedEvents(data, query, lang).events : data.events;
  if (hidden.size === 0) return matched;
  const hiddenKey = [...hidden].sort().join('\u0000');
  const last = lastVisible.get(data);
  if (last?.matched === matched && last.hiddenKey === hiddenKey) return last.events;
  const events = matched.filter((event) => !hidden.has(event.category));
  lastVisible.set(data, { matched, hiddenKey, events });
  return events;
}

const lastVisible = new WeakMap<
  LoadedDataset,
  { matched: readonly LoadedEvent[]; hiddenKey: string; events: readonly LoadedEvent[] }
>();

interface SearchResult {
  /** The search's words, lower-cased, as `searchWords` gives them. */
  readonly words: readonly string[];
  /** Positions in `data.events` of the matched events, ascending (time order). */
  readonly indices: Uint32Array;
  readonly events: readonly LoadedEvent[];
  /** The matched ids for the channel's message, built when first asked for. */
  ids: readonly string[] | null;
}

/** Searches kept per data set and language: typing on, and back (Backspace), are answered from these. */
const RECENT_SEARCHES = 8;
const recentSearches = new WeakMap<LoadedDataset, Map<string, SearchResult[]>>();

/**
 * Whether every event a search for `next` matches is also matched by a search for `previous`: each word of
 * `previous` is within a word of `next` ("ev" → "eve", "treaty" → "treaty 19"), so `next` can filter its result.
 */
export function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((word) => next.some((longer) => longer.includes(word)));
}

/**
 * The events a search matched (in any category), in time order, through text built once per data set and language.
 * Incremental: a search that narrows a recent one filters that one's (smaller) result, not every event.
 */
function matchedEvents(data: LoadedDataset, query: string, lang: string): SearchResult {
  const words = searchWords(query);
  let recent = recentSearches.get(data)?.get(lang);
  if (!recent) {
    if (!recentSearches.has(data)) recentSearches.set(data, new Map());
    recentSearches.get(data)!.set(lang, (recent = []));
  }
  const key = words.join(' ');
  const hit = recent.findIndex((search) => search.words.join(' ') === key);
  if (hit >= 0) {
    const [search] = recent.splice(hit, 1);
    recent.unshift(search);
    return search;
  }
  const texts = searchText(data, lang, placeNamer(data, lang));
  let base: Uint32Array | null = null;
  for (const search of recent)
    if ((!base || search.indices.length < base.length) && narrows(search.words, words)) base = search.indices;
  const found: number[] = [];
  const count = base ? base.length : texts.length;
  for (let k = 0; k < count; k++) {
    const i = base ? base[k] : k;
    if (words.every((word) => texts[i].includes(word))) found.push(i);
  }
  const indices = Uint32Array.from(found);
  const events = indices.length === data.events.length ? data.events : found.map((i) => data.events[i]);
  const search: SearchResult = { words, indices, events, ids: null };
  recent.unshift(search);
  if (recent.length > RECENT_SEARCHES) recent.pop();
  return search;
}

/** Builds the search's text for `data` until `deadline` (performance.now() time); true when it is all built. */
export function prepareSearch(data: LoadedDataset, lang: string, deadline: number): boolean {
  return buildSearchText(data, lang, placeNamer(data, lang), deadline);
}

/** The channel's filter message: the hidden categories (`null`: none) and the events a search matched (`null`: none). */
export function filterMessage(
  data: LoadedDataset | null,
  hidden: ReadonlySet<string>,
  query: string,
  lang: string,
): { hidden: readonly string[] | null; eventIds: readonly string[] | null } {
  const hiddenIds = hidden.size === 0 ? null : [...hidden].sort();
  const search = data && searchWords(query).length ? matchedEvents(data, query, lang) : null;
  // A search that every event matches filters nothing: no list of 100,000 ids for the views to index.
  if (!search || search.events.length === data!.events.length) return { hidden: hiddenIds, eventIds: null };
  search.ids ??= search.events.map((e) => e.id);
  return { hidden: hiddenIds, eventIds: search.ids };
}

type FilterState = { readonly hidden: readonly string[] | null; readonly eventIds?: readonly string[] | null };

/**
 * Whether two filters say the same (no hidden category is `null` or empty; no search is `null`, and an empty list
 * is a search nothing matched): the views need not filter again.
 */
export function sameFilter(a: FilterState, b: FilterState): boolean {
  const same = (x: readonly string[] | null, y: readonly string[] | null) =>
    x === y || (!!x && !!y && x.length === y.length && x.every((id, i) => id === y[i]));
  const none = (list: readonly string[] | null) => (list?.length ? list : null);
  return same(none(a.hidden), none(b.hidden)) && same(a.eventIds ?? null, b.eventIds ?? null);
}

/** A state read from the URL with what the data does not know (an old link, a typo) left out. */
export function knownUrlState(
  data: LoadedDataset,
  state: UrlState,
): { selection: Selection | null; hidden: Set<string>; query: string } {
  const selection = state.selection && {
    eventIds: state.selection.eventIds.filter((id) => data.eventById.has(id)),
    placeIds: state.selection.placeIds.filter((id) => data.placeById.has(id)),
  };
  const known = new Set(data.categories.map((c) => c.id));
  return { selection, hidden: new Set((state.hidden ?? []).filter((id) => known.has(id))), query: state.query ?? '' };
}

export function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}

/** A place chosen in the panel selects its events too, as a click on the map does. */
export function withPlaceEvents(data: LoadedDataset | null, selection: Selection): Selection {
  if (!data || selection.placeIds.length === 0) return selection;
  const eventIds = selection.placeIds.flatMap((id) => (data.eventsByPlace.get(id) ?? []).map((e) => e.id));
  return { eventIds, placeIds: selection.placeIds };
}
