import type { LoadedDataset } from './loaded.js';
import type { Dataset } from './types.js';

/**
 * A loaded data set as the project's own JSON file (data/schema.json): what loading added (parsed dates, indexes,
 * categories) left out, empty `links` and `series` omitted. Loading the result gives the same data set back.
 */
export function toDatasetFile(data: LoadedDataset): Dataset {
  const events = data.events.map(({ when: _when, ...event }) => event);
  const series = data.series.map((one) => ({
    ...one,
    points: one.points.map((point) => ({ date: point.date, value: point.value })),
  }));
  return {
    meta: data.meta,
    events,
    places: data.places,
    ...(data.links.length ? { links: data.links } : {}),
    ...(series.length ? { series } : {}),
  };
}
