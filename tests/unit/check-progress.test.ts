import { describe, expect, it } from 'vitest';
import { checkDataset, checkDatasetInSlices, PROGRESS_EVERY } from '../../src/data/check-dataset.js';
import { isLoadedDataset } from '../../src/data/loaded.js';

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

describe('checkDatasetInSlices', () => {
  const mixed = {
    meta: { title: 'Mixed', categories: { visit: 'Visits', 'bad key': 'x' } },
    places: [...places.slice(0, 1200), { id: 'p1' }, { id: 'broken', lat: 99 }],
    events: [
      ...events.slice(0, 1500).map((event, i) => ({ ...event, places: i % 3 ? [`p${i}`] : ['nowhere', `p${i}`] })),
      { id: 'e1', date: '2001', title: 'again', places: [] },
      { id: 'late', date: '2001-02-30', title: 'no such day', places: [] },
    ],
    story: { steps: [{ id: 's', title: 'S', events: ['e3', 'gone'] }] },
  };

  it('gives the result, diagnostics and progress checkDataset gives', async () => {
    const calls: number[][] = [];
    const sliced = await checkDatasetInSlices(mixed, { onProgress: (c, t) => calls.push([c, t]), sliceMs: 0 });
    const whole = checkDataset(mixed);
    expect(sliced.diagnostics).toEqual(whole.diagnostics);
    expect(sliced.diagnostics.length).toBeGreaterThan(500);
    expect(sliced.dataset.events).toEqual(whole.dataset.events);
    expect(sliced.dataset.places).toEqual(whole.dataset.places);
    expect(sliced.dataset.story).toEqual(whole.dataset.story);
    expect(isLoadedDataset(sliced.dataset)).toBe(true);
    expect(calls).toEqual([[2704, 2704]]);
  });

  it('gives other tasks their turn between slices', async () => {
    const order: string[] = [];
    const queued = new Promise<void>((resolve) =>
      setTimeout(() => {
        order.push('other task');
        resolve();
      }, 0),
    );
    await Promise.all([checkDatasetInSlices(mixed, { sliceMs: 0 }).then(() => order.push('checked')), queued]);
    expect(order).toEqual(['other task', 'checked']);
  });

  it('stops with the reason when aborted', async () => {
    const abort = new AbortController();
    const check = checkDatasetInSlices(mixed, { sliceMs: 0, signal: abort.signal });
    abort.abort(new Error('left the page'));
    await expect(check).rejects.toThrow('left the page');
  });
});
