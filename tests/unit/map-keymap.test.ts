import { describe, expect, it } from 'vitest';
import { mapKeyAction, neighbourInDirection } from '../../src/map/map-keymap.js';

describe('mapKeyAction(press)', () => {
  it('maps every key the map documents to its action', () => {
    expect(mapKeyAction({ key: 'ArrowLeft' })).toEqual({ kind: 'move', dx: -1, dy: 0 });
    expect(mapKeyAction({ key: 'ArrowRight' })).toEqual({ kind: 'move', dx: 1, dy: 0 });
    expect(mapKeyAction({ key: 'ArrowUp' })).toEqual({ kind: 'move', dx: 0, dy: -1 });
    expect(mapKeyAction({ key: 'ArrowDown' })).toEqual({ kind: 'move', dx: 0, dy: 1 });
    expect(mapKeyAction({ key: 'Enter' })).toEqual({ kind: 'activate' });
    expect(mapKeyAction({ key: ' ' })).toEqual({ kind: 'activate' });
    expect(mapKeyAction({ key: 'Escape' })).toEqual({ kind: 'clear' });
    expect(mapKeyAction({ key: 'Home' })).toEqual({ kind: 'fit-all' });
  });

  it('+ and = zoom in one level; - and _ zoom out one level', () => {
    expect(mapKeyAction({ key: '+' })).toEqual({ kind: 'zoom', by: 1 });
    expect(mapKeyAction({ key: '=' })).toEqual({ kind: 'zoom', by: 1 });
    expect(mapKeyAction({ key: '-' })).toEqual({ kind: 'zoom', by: -1 });
    expect(mapKeyAction({ key: '_' })).toEqual({ kind: 'zoom', by: -1 });
  });

  it('leaves other keys and every chord with Alt, Ctrl or Meta to the page', () => {
    expect(mapKeyAction({ key: 'a' })).toBe(null);
    expect(mapKeyAction({ key: 'Tab' })).toBe(null);
    expect(mapKeyAction({ key: 'End' })).toBe(null);
    expect(mapKeyAction({ key: 'toString' })).toBe(null);
    expect(mapKeyAction({ key: '+', ctrlKey: true })).toBe(null);
    expect(mapKeyAction({ key: '-', metaKey: true })).toBe(null);
    expect(mapKeyAction({ key: 'ArrowLeft', altKey: true })).toBe(null);
  });
});

describe('neighbourInDirection(from, places, dx, dy)', () => {
  const origin = { id: 'o', x: 100, y: 100 };
  // A plus-shaped layout around the origin, and one far place in each diagonal.
  const places = [
    origin,
    { id: 'east', x: 150, y: 100 },
    { id: 'far-east', x: 300, y: 100 },
    { id: 'west', x: 40, y: 105 },
    { id: 'north', x: 102, y: 20 },
    { id: 'south', x: 95, y: 170 },
    { id: 'north-east', x: 200, y: 0 },
  ];

  it('moves to the nearest place straight along each arrow', () => {
    expect(neighbourInDirection(origin, places, 1, 0)).toBe('east');
    expect(neighbourInDirection(origin, places, -1, 0)).toBe('west');
    expect(neighbourInDirection(origin, places, 0, -1)).toBe('north');
    expect(neighbourInDirection(origin, places, 0, 1)).toBe('south');
  });

  it('scores distance along plus twice the distance across: a nearer place off the line can lose', () => {
    // along 60, across 40 → 140; along 100, across 0 → 100.
    const pair = [origin, { id: 'nearer-off-line', x: 160, y: 140 }, { id: 'on-line', x: 200, y: 100 }];
    expect(neighbourInDirection(origin, pair, 1, 0)).toBe('on-line');
  });

  it('prefers any place inside the cone over a closer one outside it', () => {
    // Outside: along 10, across 50 (> 1.5 × 10). Inside: along 400, across 0.
    const pair = [origin, { id: 'outside', x: 110, y: 150 }, { id: 'inside', x: 500, y: 100 }];
    expect(neighbourInDirection(origin, pair, 1, 0)).toBe('inside');
  });

  it('falls back to a place outside the cone when nothing lies inside it', () => {
    const pair = [origin, { id: 'outside', x: 110, y: 150 }];
    expect(neighbourInDirection(origin, pair, 1, 0)).toBe('outside');
  });

  it('is null when no place lies on that side (nor on the line through the origin)', () => {
    const row = [origin, { id: 'level', x: 100, y: 100 }, { id: 'east', x: 150, y: 100 }];
    expect(neighbourInDirection(origin, row, -1, 0)).toBe(null);
    expect(neighbourInDirection(origin, [origin], 1, 0)).toBe(null);
  });
});
