import { plainText } from '../common/rich-text.js';
import type { LoadedEvent } from '../data/loaded.js';

export type SortKey = 'date' | 'title' | 'category';

/** Events sorted for the table; ties fall back to time order, so the order is stable and meaningful. */
export function sortEvents(
  events: readonly LoadedEvent[],
  key: SortKey,
  descending: boolean,
  lang: string,
  categoryLabel: (id: string) => string,
): LoadedEvent[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const byTime = (a: LoadedEvent, b: LoadedEvent) => a.when.start - b.when.start || a.when.end - b.when.end;
  const compare: Record<SortKey, (a: LoadedEvent, b: LoadedEvent) => number> = {
    date: byTime,
    title: (a, b) => collator.compare(a.title, b.title) || byTime(a, b),
    category: (a, b) => collator.compare(categoryLabel(a.category), categoryLabel(b.category)) || byTime(a, b),
  };
  // The atlas hands the events in time order: checking that is linear, sorting 100,000 again is not.
  const sorted = key === 'date' && isSorted(events, byTime) ? events.slice() : events.slice().sort(compare[key]);
  return descending ? sorted.reverse() : sorted;
}

function isSorted<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1], items[i]) > 0) return false;
  return true;
}

/** The lower-cased text the search looks in, per event of a data set, built once per data set and language. */
const haystacks = new WeakMap<object, Map<string, readonly string[]>>();

export function searchText(
  data: { readonly events: readonly LoadedEvent[] },
  lang: string,
  placeName: (id: string) => string,
): readonly string[] {
  let byLang = haystacks.get(data);
  if (!byLang) haystacks.set(data, (byLang = new Map()));
  let texts = byLang.get(lang);
  if (!texts) byLang.set(lang, (texts = data.events.map((event) => haystackOf(event, placeName))));
  return texts;
}

function haystackOf(event: LoadedEvent, placeName: (id: string) => string): string {
  return [
    event.title,
    plainText(event.description),
    event.category,
    ...(event.actors ?? []),
    ...event.places.map(placeName),
  ]
    .join(' ')
    .toLocaleLowerCase();
}

/** The words of a search, lower-cased; none for blank text. */
export function searchWords(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/** Events whose title, description, actors, category or place names contain every word of the query. */
export function searchEvents(
  events: readonly LoadedEvent[],
  query: string,
  placeName: (id: string) => string,
): LoadedEvent[] {
  const words = searchWords(query);
  if (words.length === 0) return events.slice();
  return events.filter((event) => {
    const haystack = haystackOf(event, placeName);
    return words.every((word) => haystack.includes(word));
  });
}
