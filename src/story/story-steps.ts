import { parseEdtf } from '../data/edtf.js';
import { formatPoint } from '../data/format-date.js';
import { localize } from '../data/localize.js';
import { t } from '../common/i18n.js';
import type { LoadedDataset } from '../data/loaded.js';
import type { StoryStep } from '../data/types.js';

/**
 * What a story step asks of the views, worked out without the DOM: the raw step a page's `data-step` paragraph
 * describes, which step is nearest the reading line, and the window, selection, map view and filter a step gives.
 */

/** A list attribute: ids separated by spaces or commas. */
export function idList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value.split(/[\s,]+/).filter((id) => id !== '');
}

/** The raw step (to be checked like a data file's) that a paragraph's `data-*` attributes and heading describe. */
export function stepFromAttributes(
  data: Readonly<Record<string, string | undefined>>,
  title: string,
  index: number,
): Record<string, unknown> {
  const step: Record<string, unknown> = {
    id: data.step?.trim() || `step-${index + 1}`,
    title: title.trim() || `Step ${index + 1}`,
  };
  const events = idList(data.events);
  const places = idList(data.places);
  const fit = idList(data.mapFit);
  const categories = idList(data.categories);
  if (events) step.events = events;
  if (places) step.places = places;
  if (data.window !== undefined) step.window = data.window.trim();
  if (fit) step.map = { fit };
  if (categories) step.categories = categories;
  return step;
}

/** Where a step is on the screen, in viewport pixels. */
export interface StepBox {
  readonly top: number;
  readonly bottom: number;
}

/** The step the reading line is in, or else the one nearest it; -1 when there are none. */
export function nearestStep(boxes: readonly StepBox[], line: number): number {
  let best = -1;
  let bestDistance = Infinity;
  boxes.forEach((box, index) => {
    const distance = line < box.top ? box.top - line : line > box.bottom ? line - box.bottom : 0;
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

/** What the views show for a step. */
export interface StepView {
  /** UTC ms; `null`: the timeline keeps its window. */
  readonly window: { readonly start: number; readonly end: number } | null;
  readonly selection: { readonly eventIds: readonly string[]; readonly placeIds: readonly string[] };
  /** Places to fit, or a centre and zoom; `null`: the map keeps its view. */
  readonly map:
    { readonly fit: readonly string[] } | { readonly center: readonly [number, number]; readonly zoom: number } | null;
  /** Categories hidden by the step's filter; `null`: none. */
  readonly hidden: readonly string[] | null;
}

/**
 * The views for a step. Without a `map`, the map takes in the step's places and its events' places; without a
 * `window`, the timeline keeps its window (it brings selected events into view by itself).
 */
export function stepView(step: StoryStep, data: LoadedDataset): StepView {
  const when = step.window ? parseEdtf(step.window) : null;
  const window =
    when?.ok && Number.isFinite(when.value.start) && Number.isFinite(when.value.end)
      ? { start: when.value.start, end: when.value.end }
      : null;
  const eventIds = step.events ?? [];
  const placeIds = step.places ?? [];
  let map: StepView['map'] = step.map ?? null;
  if (!map) {
    const fit = [...new Set([...placeIds, ...eventIds.flatMap((id) => data.eventById.get(id)?.places ?? [])])];
    map = fit.length > 0 ? { fit } : null;
  }
  const shown = step.categories;
  const hidden = shown ? data.categories.map((category) => category.id).filter((id) => !shown.includes(id)) : null;
  return { window, selection: { eventIds, placeIds }, map, hidden: hidden && hidden.length > 0 ? hidden : null };
}

/** At most this many titles or names are listed in a step's words; "…" says there are more. */
const LISTED = 4;

const list = (items: readonly string[]) =>
  items.length > LISTED ? `${items.slice(0, LISTED).join(', ')}, …` : items.join(', ');

/**
 * What the views show for a step, in sentences: printed under the step, where a live map and timeline cannot be
 * ("Timeline: October 1990 to July 1992. Selected: …. Map: Baku, Vilnius.").
 */
export function stepInWords(step: StoryStep, data: LoadedDataset, lang: string): string[] {
  const lines: string[] = [];
  const when = step.window ? parseEdtf(step.window) : null;
  if (when?.ok && when.value.from && when.value.to)
    lines.push(
      t(lang, 'storyWindow', { from: formatPoint(when.value.from, lang), to: formatPoint(when.value.to, lang) }),
    );
  const titles = (step.events ?? []).flatMap((id) => data.eventById.get(id)?.title ?? []);
  if (titles.length > 0) lines.push(t(lang, 'storySelected', { titles: list(titles) }));
  const view = stepView(step, data).map;
  const fit = view && 'fit' in view ? view.fit : [];
  const names = fit.flatMap((id) => {
    const place = data.placeById.get(id);
    return place ? [localize(place.name, lang)] : [];
  });
  if (names.length > 0) lines.push(t(lang, 'storyMap', { places: list(names) }));
  return lines;
}
