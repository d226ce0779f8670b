import { describe, expect, test } from 'vitest';
import { labelPriority, MARKER_SYMBOLS, partyOf, symbolOf } from '../../src/map/marker-symbol.js';
import { spreadOffsets } from '../../src/map/spread.js';

describe('marker symbols', () => {
  test('MARKER_SYMBOLS in legend order', () => {
    expect(MARKER_SYMBOLS).toEqual(['capital', 'embassy', 'consulate', 'twin-city', 'venue', 'city']);
  });

  test('symbolOf(place) picks the most specific kind', () => {
    expect(symbolOf({})).toBe('city');
    expect(symbolOf({ kinds: [] })).toBe('city');
    expect(symbolOf({ kinds: ['region'] })).toBe('city');
    expect(symbolOf({ kinds: ['capital', 'embassy'] })).toBe('embassy');
    expect(symbolOf({ kinds: ['capital', 'consulate'] })).toBe('consulate');
    expect(symbolOf({ kinds: ['twin-city', 'capital'] })).toBe('capital');
    expect(symbolOf({ kinds: ['venue', 'twin-city'] })).toBe('twin-city');
    expect(symbolOf({ kinds: ['city', 'venue'] })).toBe('venue');
  });

  test('partyOf(place, parties): 1 or 2 by country, embassies and consulates by whom they represent', () => {
    const parties = [
      { country: 'AZ', name: 'Azerbaijan' },
      { country: 'lt', name: 'Lithuania' },
    ];
    expect(partyOf({ country: 'az' }, parties)).toBe(1);
    expect(partyOf({ country: 'LT' }, parties)).toBe(2);
    expect(partyOf({ country: 'LV' }, parties)).toBe(0);
    expect(partyOf({}, parties)).toBe(0);
    expect(partyOf({ country: 'AZ' }, undefined)).toBe(0);
    expect(partyOf({ country: 'AZ', represents: 'LT', kinds: ['embassy'] }, parties)).toBe(2);
    expect(partyOf({ country: 'AZ', represents: 'LT', kinds: ['consulate'] }, parties)).toBe(2);
    expect(partyOf({ country: 'AZ', kinds: ['embassy'] }, parties)).toBe(1);
    expect(partyOf({ country: 'AZ', represents: 'LT', kinds: ['capital'] }, parties)).toBe(1);
    expect(partyOf({ country: 'AZ', represents: 'LT' }, parties, 'embassy')).toBe(2);
  });

  test('labelPriority(symbol, eventCount): capitals first, at most 99 for events', () => {
    expect(MARKER_SYMBOLS.map((symbol) => labelPriority(symbol, 0))).toEqual([1000, 200, 150, 300, 100, 120]);
    expect(labelPriority('venue', 5)).toBe(105);
    expect(labelPriority('venue', 99)).toBe(199);
    expect(labelPriority('venue', 500)).toBe(199);
  });
});

describe('spreadOffsets(points, minDistance)', () => {
  test('lone points stay; points closer than minDistance share a ring around the first', () => {
    const offsets = spreadOffsets(
      [
        { id: 'far', x: 500, y: 500 },
        { id: 'b', x: 100, y: 100 },
        { id: 'a', x: 100, y: 100 },
        { id: 'capital', x: 102, y: 100, priority: 5 },
      ],
      10,
    );
    expect(Object.fromEntries(offsets)).toEqual({
      far: [0, 0],
      // Centre (100.67, 100); the capital stays there; a and b at the top and bottom of a ring of radius 10.
      capital: [-1, 0],
      a: [1, -10],
      b: [1, 10],
    });
  });

  test('exactly minDistance apart is apart; the ring grows with the group', () => {
    expect(
      Object.fromEntries(
        spreadOffsets(
          [
            { id: 'a', x: 0, y: 0 },
            { id: 'b', x: 10, y: 0 },
          ],
          10,
        ),
      ),
    ).toEqual({
      a: [0, 0],
      b: [0, 0],
    });
    const crowd = Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, x: 50, y: 50 }));
    const offsets = spreadOffsets(crowd, 10);
    expect(offsets.get('p0')).toEqual([0, 0]);
    // Eight on the ring: radius max(10, 10 * 8 / 2π) = 12.73, the first at the top.
    expect(offsets.get('p1')).toEqual([0, -13]);
    expect(offsets.get('p3')).toEqual([13, 0]);
    expect(offsets.get('p5')).toEqual([0, 13]);
    expect(offsets.get('p7')).toEqual([-13, 0]);
  });

  test('groups chain through neighbours in nearby cells', () => {
    const offsets = spreadOffsets(
      [
        { id: 'a', x: 9, y: 9 },
        { id: 'b', x: 11, y: 11 },
        { id: 'c', x: -1, y: 9 },
      ],
      5,
    );
    expect(offsets.get('a')).toEqual([1, 1]);
    expect(offsets.get('b')).not.toEqual([0, 0]);
    expect(offsets.get('c')).toEqual([0, 0]);
  });
});
