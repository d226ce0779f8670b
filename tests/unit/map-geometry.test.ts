import { describe, expect, it } from 'vitest';
import { arcPoints, arrivalAngle, arrowAt, distanceKm } from '../../src/map/arc.js';
import { pickLabels } from '../../src/map/label-pick.js';
import { labelPriority, partyOf, symbolOf } from '../../src/map/marker-symbol.js';
import { spreadOffsets } from '../../src/map/spread.js';
import { createGridIndex } from '../../src/map/grid-cluster.js';

const baku = [40.4093, 49.8671] as const;
const vilnius = [54.6872, 25.2797] as const;

describe('arcPoints', () => {
  it('starts at the origin and ends at the destination', () => {
    const points = arcPoints(baku, vilnius, { segments: 16 });
    expect(points).toHaveLength(17);
    expect(points[0][0]).toBeCloseTo(baku[0], 6);
    expect(points[0][1]).toBeCloseTo(baku[1], 6);
    expect(points[16][0]).toBeCloseTo(vilnius[0], 6);
    expect(points[16][1]).toBeCloseTo(vilnius[1], 6);
  });

  it('bends away from the straight line, to the left of travel for a positive bend', () => {
    const straight = arcPoints([0, 0], [0, 10], { bend: 0 });
    const bent = arcPoints([0, 0], [0, 10], { bend: 0.2 });
    expect(straight[16][0]).toBeCloseTo(0, 6);
    // Travelling east, left is north.
    expect(bent[16][0]).toBeGreaterThan(0.5);
  });

  it('arrivalAngle points east for a flat eastward arc and south for a southward one', () => {
    expect(arrivalAngle([0, 0], [0, 10], { bend: 0 })).toBeCloseTo(0, 6);
    expect(arrivalAngle([10, 0], [0, 0], { bend: 0 })).toBeCloseTo(90, 6);
  });

  it('arrowAt puts the arrow on the arc, pointing along it', () => {
    const points = arcPoints(baku, vilnius, { segments: 10 });
    const { at } = arrowAt(baku, vilnius, 0.8);
    expect(at[0]).toBeCloseTo(points[8][0], 6);
    expect(at[1]).toBeCloseTo(points[8][1], 6);
    expect(arrowAt([0, 0], [0, 10], 0.5, { bend: 0 }).angle).toBeCloseTo(0, 6);
  });

  it('distanceKm gives Baku–Vilnius about 2,400 km', () => {
    expect(distanceKm(baku, vilnius)).toBeGreaterThan(2300);
    expect(distanceKm(baku, vilnius)).toBeLessThan(2500);
  });
});

describe('spreadOffsets', () => {
  it('leaves lone points where they are', () => {
    const offsets = spreadOffsets(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 100, y: 0 },
      ],
      16,
    );
    expect(offsets.get('a')).toEqual([0, 0]);
    expect(offsets.get('b')).toEqual([0, 0]);
  });

  it('keeps the highest priority in the middle and moves the others at least minDistance away', () => {
    const points = [
      { id: 'capital', x: 50, y: 50, priority: 10 },
      { id: 'embassy', x: 51, y: 50, priority: 1 },
      { id: 'venue', x: 50, y: 52, priority: 1 },
    ];
    const offsets = spreadOffsets(points, 16);
    const placed = points.map((p) => {
      const [dx, dy] = offsets.get(p.id)!;
      return { id: p.id, x: p.x + dx, y: p.y + dy };
    });
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        expect(Math.hypot(placed[i].x - placed[j].x, placed[i].y - placed[j].y)).toBeGreaterThanOrEqual(14);
      }
    }
    const [cx, cy] = offsets.get('capital')!;
    expect(Math.hypot(cx, cy)).toBeLessThan(2);
  });

  it('separates points with identical coordinates', () => {
    const offsets = spreadOffsets(
      [
        { id: 'a', x: 5, y: 5 },
        { id: 'b', x: 5, y: 5 },
      ],
      16,
    );
    expect(offsets.get('a')).not.toEqual(offsets.get('b'));
  });
});

describe('pickLabels', () => {
  it('labels the higher priority of two overlapping labels, and moves the other to a free side', () => {
    const chosen = pickLabels([
      { id: 'low', x: 10, y: 50, width: 80, height: 16, priority: 1 },
      { id: 'high', x: 10, y: 56, width: 80, height: 16, priority: 9 },
    ]);
    expect(chosen.get('high')).toBe('right');
    expect(chosen.get('low')).not.toBe('right');
  });

  it('drops labels that would leave the view', () => {
    const chosen = pickLabels([{ id: 'edge', x: 5, y: 5, width: 200, height: 16, priority: 1 }], {
      view: { width: 100, height: 100 },
    });
    expect(chosen.has('edge')).toBe(false);
  });
});

describe('marker symbols', () => {
  const parties = [
    { country: 'AZ', name: 'Azerbaijan' },
    { country: 'LT', name: 'Lithuania' },
  ];

  it('symbolOf picks the most specific kind', () => {
    expect(symbolOf({ kinds: ['capital'] })).toBe('capital');
    expect(symbolOf({ kinds: ['region', 'twin-city'] })).toBe('twin-city');
    expect(symbolOf({ kinds: ['embassy', 'capital'] })).toBe('embassy');
    expect(symbolOf({ kinds: ['venue'] })).toBe('venue');
    expect(symbolOf({})).toBe('city');
  });

  it("partyOf colours an embassy by the country it represents, so each capital shows the other's flag", () => {
    expect(partyOf({ kinds: ['embassy'], country: 'AZ', represents: 'LT' }, parties)).toBe(2);
    expect(partyOf({ kinds: ['capital'], country: 'AZ' }, parties)).toBe(1);
    expect(partyOf({ kinds: ['venue'], country: 'DE' }, parties)).toBe(0);
  });

  it('labelPriority puts capitals first', () => {
    expect(labelPriority('capital', 0)).toBeGreaterThan(labelPriority('embassy', 99));
  });
});

describe('createGridIndex', () => {
  const world = [-180, -85, 180, 85] as const;
  const dense = Array.from({ length: 50 }, (_, i) => ({
    lat: 50 + (i % 7) * 0.001,
    lon: 20 + Math.floor(i / 7) * 0.001,
  }));

  it('groups many nearby places into one cluster at a low zoom, at their centroid', () => {
    const items = createGridIndex(dense).query(world, 3);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'cluster', count: 50 });
    expect(items[0].lat).toBeCloseTo(50.003, 2);
    expect(items[0].lng).toBeCloseTo(20.003, 2);
  });

  it('returns every place singly above its maxZoom', () => {
    const items = createGridIndex(dense, { maxZoom: 14 }).query(world, 15);
    expect(items.filter((item) => item.kind === 'place')).toHaveLength(50);
  });

  it('keeps places apart when a cell holds fewer than minPoints', () => {
    const items = createGridIndex([
      { lat: 10, lon: 10 },
      { lat: 10.001, lon: 10.001 },
      { lat: -40, lon: -60 },
    ]).query(world, 3);
    expect(items.map((item) => item.kind)).toEqual(['place', 'place', 'place']);
  });

  it('leaves out places outside the box', () => {
    const items = createGridIndex([
      { lat: 10, lon: 10 },
      { lat: 60, lon: 100 },
    ]).query([0, 0, 20, 20], 5);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'place', index: 0 });
  });

  it('counts every place in view exactly once', () => {
    const random = (() => {
      let s = 7;
      return () => (s = (s * 16807) % 2147483647) / 2147483647;
    })();
    const points = Array.from({ length: 2000 }, () => ({ lat: 30 + random() * 30, lon: random() * 60 }));
    for (const zoom of [2, 5, 8]) {
      const items = createGridIndex(points).query(world, zoom);
      const total = items.reduce((sum, item) => sum + (item.kind === 'cluster' ? item.count : 1), 0);
      expect(total).toBe(2000);
    }
  });
});
