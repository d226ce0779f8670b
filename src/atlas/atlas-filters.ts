import type { LoadedDataset, LoadedEvent } from '../data/loaded.js';
import { localize } from '../data/localize.js';
import type { Selection } from '../data/selection.js';
import { searchText, searchWords } from './sort-events.js';
import type { UrlState } from './url-state.js';

/** The atlas's filters as data: the category chips and the search box, and what they let through. Pure. */

const placeNamer = (data: LoadedDataset, lang: string) => (id: string) => localize(data.placeById.get(id)?.name, lang);

/** The events the chips and the search leave, in time order. */
export function visibleEvents(
  data: LoadedDataset | null,
  hidden: ReadonlySet<string>,
  query: string,
  lang: string,
): LoadedEvent[] {
  if (!data) return [];
  const matched = searchWords(query).length ? matchedEvents(data, query, lang) : data.events;
  return hidden.size ? matched.filter((event) => !hidden.has(event.category)) : matched.slice();
}

/** The last search of each data set: the list and the channel's message ask for the same one per keystroke. */
const lastSearch = new WeakMap<LoadedDataset, { key: string; events: readonly LoadedEvent[] }>();

/** The events a search matched (in any category), in time order, through text built once per data set and language. */
function matchedEvents(data: LoadedDataset, query: string, lang: string): readonly LoadedEvent[] {
  const key = `${lang}\u0000${query}`;
  const last = lastSearch.get(data);
  if (last?.key === key) return last.events;
  const words = searchWords(query);
  const texts = searchText(data, lang, placeNamer(data, lang));
  const events = data.events.filter((_, i) => words.every((word) => texts[i].includes(word)));
  lastSearch.set(data, { key, events });
  return events;
}

/** The channel's filter message: the hidden categories (`null`: none) and the events a search matched (`null`: none). */
export function filterMessage(
  data: LoadedDataset | null,
  hidden: ReadonlySet<string>,
  query: string,
  lang: string,
): { hidden: readonly string[] | null; eventIds: readonly string[] | null } {
  const hiddenIds = hidden.size === 0 ? null : [...hidden].sort();
  const matched = data && query.trim() ? matchedEvents(data, query, lang) : null;
  // A search that every event matches filters nothing: no list of 100,000 ids for the views to index.
  const eventIds = matched && matched.length < data!.events.length ? matched.map((e) => e.id) : null;
  return { hidden: hiddenIds, eventIds };
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
