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
  const sorted = events.slice().sort(compare[key]);
  return descending ? sorted.reverse() : sorted;
}

/** Events whose title, description, actors, category or place names contain every word of the query. */
export function searchEvents(
  events: readonly LoadedEvent[],
  query: string,
  placeName: (id: string) => string,
): LoadedEvent[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return events.slice();
  return events.filter((event) => {
    const haystack = [
      event.title,
      event.description ?? '',
      event.category,
      ...(event.actors ?? []),
      ...event.places.map(placeName),
    ]
      .join(' ')
      .toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
