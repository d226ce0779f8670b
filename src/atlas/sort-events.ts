import { plainText } from '../common/rich-text.js';
import type { LoadedEvent } from '../data/loaded.js';

export type SortKey = 'date' | 'title' | 'category';

type Compare = (a: LoadedEvent, b: LoadedEvent) => number;

const byTime: Compare = (a, b) => a.when.start - b.when.start || a.when.end - b.when.end;

/** The table's order for a column (ascending); ties fall back to time order, so the order is stable and meaningful. */
export function eventOrder(key: SortKey, lang: string, categoryLabel: (id: string) => string): Compare {
  if (key === 'date') return byTime;
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  if (key === 'title') return (a, b) => collator.compare(a.title, b.title) || byTime(a, b);
  return (a, b) => collator.compare(categoryLabel(a.category), categoryLabel(b.category)) || byTime(a, b);
}

/** Events sorted for the table by `eventOrder`, reversed when descending. */
export function sortEvents(
  events: readonly LoadedEvent[],
  key: SortKey,
  descending: boolean,
  lang: string,
  categoryLabel: (id: string) => string,
): LoadedEvent[] {
  const compare = eventOrder(key, lang, categoryLabel);
  // The atlas hands the events in time order: checking that is linear, sorting 100,000 again is not.
  const sorted = key === 'date' && isSorted(events, byTime) ? events.slice() : events.slice().sort(compare);
  return descending ? sorted.reverse() : sorted;
}

/**
 * The row of `event` (found by id) in a list sorted by `compare` (reversed when descending), or -1: a binary search,
 * then a walk over the events the order ties with it, so finding the selected row does not index every row.
 */
export function indexOfEvent(
  sorted: readonly LoadedEvent[],
  event: LoadedEvent,
  compare: Compare,
  descending: boolean,
): number {
  const order = (i: number) => (descending ? compare(event, sorted[i]) : compare(sorted[i], event));
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (order(mid) < 0) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && order(i) === 0; i++) if (sorted[i].id === event.id) return i;
  return -1;
}

function isSorted<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1], items[i]) > 0) return false;
  return true;
}

/** The lower-cased text the search looks in, per event (`texts[i]` for `events[i]`), built up to `done`. */
interface SearchTextBuild {
  readonly texts: string[];
  done: number;
}

/** Per data set and language: built once, in slices before the first search (`buildSearchText`) or all at once. */
const haystacks = new WeakMap<object, Map<string, SearchTextBuild>>();

/** Events built between two looks at the clock: a slice overruns its deadline by well under a millisecond. */
const EVENTS_PER_CHECK = 500;

function buildOf(data: { readonly events: readonly LoadedEvent[] }, lang: string): SearchTextBuild {
  let byLang = haystacks.get(data);
  if (!byLang) haystacks.set(data, (byLang = new Map()));
  let build = byLang.get(lang);
  if (!build) byLang.set(lang, (build = { texts: new Array<string>(data.events.length), done: 0 }));
  return build;
}

function fill(
  build: SearchTextBuild,
  events: readonly LoadedEvent[],
  placeName: (id: string) => string,
  deadline: number,
  now: () => number,
): void {
  while (build.done < events.length) {
    const end = Math.min(events.length, build.done + EVENTS_PER_CHECK);
    for (let i = build.done; i < end; i++) build.texts[i] = haystackOf(events[i], placeName);
    build.done = end;
    if (now() >= deadline) return;
  }
}

/** The text the search looks in, per event of a data set: what is not built yet is built now. */
export function searchText(
  data: { readonly events: readonly LoadedEvent[] },
  lang: string,
  placeName: (id: string) => string,
): readonly string[] {
  const build = buildOf(data, lang);
  fill(build, data.events, placeName, Infinity, () => 0);
  return build.texts;
}

/**
 * Builds more of the search text until `deadline` (a `now()` time), so that a page can build it in short tasks before
 * the reader types (a million events take seconds). True when all of it is built.
 */
export function buildSearchText(
  data: { readonly events: readonly LoadedEvent[] },
  lang: string,
  placeName: (id: string) => string,
  deadline: number,
  now: () => number = () => performance.now(),
): boolean {
  const build = buildOf(data, lang);
  fill(build, data.events, placeName, deadline, now);
  return build.done === data.events.length;
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
