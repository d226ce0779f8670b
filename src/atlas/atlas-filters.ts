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
  const words = searchWords(query);
  if (words.length === 0)
    return hidden.size ? data.events.filter((event) => !hidden.has(event.category)) : data.events.slice();
  // The search looks in text built once per data set and language, so a keystroke is one pass of `includes`.
  const texts = searchText(data, lang, placeNamer(data, lang));
  return data.events.filter(
    (event, i) => !hidden.has(event.category) && words.every((word) => texts[i].includes(word)),
  );
}

/** The events a search matched (in any category), through the same prebuilt text. */
function matchedEvents(data: LoadedDataset, query: string, lang: string): LoadedEvent[] {
  const words = searchWords(query);
  const texts = searchText(data, lang, placeNamer(data, lang));
  return data.events.filter((_, i) => words.every((word) => texts[i].includes(word)));
}

/** The channel's filter message: the hidden categories (`null`: none) and the events a search matched (`null`: none). */
export function filterMessage(
  data: LoadedDataset | null,
  hidden: ReadonlySet<string>,
  query: string,
  lang: string,
): { hidden: readonly string[] | null; eventIds: readonly string[] | null } {
  const hiddenIds = hidden.size === 0 ? null : [...hidden].sort();
  const eventIds = data && query.trim() ? matchedEvents(data, query, lang).map((e) => e.id) : null;
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
