import { describe, expect, it } from 'vitest';
import { checkDataset, PROGRESS_EVERY } from '../../src/data/check-dataset.js';

const places = Array.from({ length: 3000 }, (_, i) => ({ id: `p${i}`, name: `Place ${i}`, lat: 10, lon: 20 }));
const events = Array.from({ length: 9000 }, (_, i) => ({ id: `e${i}`, date: '2001', title: `Event ${i}`, places: [] }));

describe('checkDataset progress', () => {
  it(`reports every ${PROGRESS_EVERY} records, places then events, and once at the end with the total`, () => {
    const calls: [number, number][] = [];
    checkDataset({ places, events }, { onProgress: (checked, total) => calls.push([checked, total]) });
    expect(calls).toEqual([
      [5000, 12000],
      [10000, 12000],
      [12000, 12000],
    ]);
  });

  it('counts bad records too, and reports the end of an empty data set', () => {
    const calls: [number, number][] = [];
    checkDataset(
      { places: [{ id: 'x' }], events: [] },
      { onProgress: (checked, total) => calls.push([checked, total]) },
    );
    expect(calls).toEqual([[1, 1]]);
    calls.length = 0;
    checkDataset({ places: [], events: [] }, { onProgress: (checked, total) => calls.push([checked, total]) });
    expect(calls).toEqual([[0, 0]]);
  });
});
