import { describe, expect, test } from 'vitest';
import { createGridIndex } from '../../src/map/grid-cluster.js';
import { binEvents } from '../../src/timeline/density-bins.js';

describe('createGridIndex(points, options)', () => {
  const WORLD = [-180, -85, 180, 85] as const;
  const near = (lat: number, lon: number, n: number) =>
    Array.from({ length: n }, (_, i) => ({ lat: lat + i * 0.001, lon }));

  test('a cell with minPoints places is one cluster at their centroid; fewer stay single', () => {
    const index = createGridIndex([...near(40, 49, 3), ...near(54, 25, 2)], { minPoints: 3 });
    const items = index.query(WORLD, 4);
    const clusters = items.filter((item) => item.kind === 'cluster');
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ kind: 'cluster', count: 3 });
    expect(clusters[0].lat).toBeCloseTo(40.001, 3);
    expect(clusters[0].lng).toBeCloseTo(49, 6);
    expect(clusters[0].key).toBe(`c4:${(clusters[0] as { clusterId: number }).clusterId}`);
    expect(items.filter((item) => item.kind === 'place')).toEqual([
      { kind: 'place', key: 'p3', index: 3, lat: 54, lng: 25 },
      { kind: 'place', key: 'p4', index: 4, lat: 54.001, lng: 25 },
    ]);
    expect(
      createGridIndex(near(40, 49, 3), { minPoints: 4 })
        .query(WORLD, 4)
        .map((item) => item.kind),
    ).toEqual(['place', 'place', 'place']);
  });

  test('above maxZoom nothing is clustered, and places outside the box are left out', () => {
    const index = createGridIndex([...near(40, 49, 3), { lat: -30, lon: 10 }], { maxZoom: 5 });
    expect(index.query(WORLD, 6).map((item) => item.key)).toEqual(['p0', 'p1', 'p2', 'p3']);
    expect(index.query([40, 30, 60, 50], 6).map((item) => item.key)).toEqual(['p0', 'p1', 'p2']);
    expect(index.query([49, 40, 49, 40.0015], 6).map((item) => item.key)).toEqual(['p0', 'p1']);
    expect(index.query([0, -40, 20, -20], 5).map((item) => item.key)).toEqual(['p3']);
    expect(index.query([50, 30, 60, 50], 5)).toEqual([]);
    expect(index.query([40, 41, 60, 50], 5)).toEqual([]);
    expect(index.query([40, 30, 60, 39], 5)).toEqual([]);
  });

  test('expansionZoom: two levels closer than the last query, at most one past maxZoom', () => {
    const index = createGridIndex(near(40, 49, 3), { maxZoom: 10 });
    index.query(WORLD, 4.7);
    expect(index.expansionZoom(0)).toBe(6);
    index.query(WORLD, 10);
    expect(index.expansionZoom(0)).toBe(11);
    expect(createGridIndex([]).expansionZoom(0)).toBe(2);
  });

  test('cells are cell pixels wide: defaults 60 px, 3 places', () => {
    // At zoom 0 the world is 256 px: about 4 cells across. 1° and 15° east share a cell; 1° and 100° do not.
    const index = createGridIndex([
      { lat: 1, lon: 1 },
      { lat: 1, lon: 15 },
      { lat: 2, lon: 5 },
      { lat: 1, lon: 100 },
    ]);
    expect(
      index
        .query(WORLD, 0)
        .map((item) => item.kind)
        .sort(),
    ).toEqual(['cluster', 'place']);
    expect(
      createGridIndex(
        [
          { lat: 1, lon: 1 },
          { lat: 1, lon: 15 },
          { lat: 2, lon: 5 },
        ],
        { cell: 8 },
      ).query(WORLD, 0),
    ).toHaveLength(3);
  });
});

describe('binEvents(...)', () => {
  const window = { start: 0, end: 100, width: 100 };

  test('an event counts once, in the bucket of the middle of its visible part', () => {
    const bins = binEvents(
      [0, 1, 2, 3, 4],
      [5, -50, 90, 10, 95],
      [15, 30, 300, 11, 96],
      [0, 0, 1, 1, 0],
      2,
      window,
      10,
    );
    expect(bins).toMatchObject({ lanes: 2, columns: 10, binPx: 10, max: 2 });
    expect(Array.from(bins.counts)).toEqual([0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  test('only the listed positions and the included lanes are counted; columns round up', () => {
    const bins = binEvents(
      [1],
      [5, 20],
      [6, 21],
      [0, 1],
      2,
      { start: 0, end: 100, width: 95 },
      10,
      (lane) => lane === 1,
    );
    expect(bins.columns).toBe(10);
    expect(Array.from(bins.counts).indexOf(1)).toBe(10 + 1);
    expect(binEvents([0], [20], [21], [0], 1, window, 10, () => false).max).toBe(0);
    expect(binEvents([], [], [], [], 1, { start: 0, end: 1, width: 0 }, 10).columns).toBe(1);
  });

  test('events beyond the window fall into the first or last bucket', () => {
    const bins = binEvents([0, 1], [-30, 150], [-20, 160], [0, 0], 1, window, 10);
    expect(Array.from(bins.counts)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(binEvents([0], [100], [100], [0], 1, window, 10).counts[9]).toBe(1);
  });
});
