import { describe, expect, it } from 'vitest';
import { MAX_HASH_LENGTH, readUrlState, writeUrlState } from '../../src/atlas/url-state.js';
import { utcTime } from '../../src/data/edtf.js';

describe('URL state', () => {
  it('round-trips a selection and a window, with ids that need escaping', () => {
    const state = {
      selection: { eventIds: ['visit-2006', 'a,b&c=d'], placeIds: ['baku'] },
      window: { start: utcTime(2004), end: utcTime(2014, 5, 1) },
    };
    const hash = writeUrlState('', state);
    expect(hash).toBe('#events=visit-2006,a%2Cb%26c%3Dd&places=baku&from=2004-01-01&to=2014-06-01');
    expect(readUrlState(hash)).toEqual(state);
  });

  it('writes a window of hours to the minute and a window beyond Date as long years, and reads both back', () => {
    const morning = { start: Date.UTC(2000, 0, 5, 6, 30), end: Date.UTC(2000, 0, 5, 10, 15) };
    const hash = writeUrlState('', { selection: null, window: morning });
    expect(hash).toBe('#from=2000-01-05T06:30Z&to=2000-01-05T10:15Z');
    expect(readUrlState(hash).window).toEqual(morning);
    const deep = { start: utcTime(-13_800_000_000), end: utcTime(2000) };
    const deepHash = writeUrlState('', { selection: null, window: deep });
    expect(deepHash).toBe('#from=Y-13800000000&to=2000-01-01');
    expect(readUrlState(deepHash).window).toEqual(deep);
  });

  it('round-trips the story step (#step=3), and reads no step from a value that is not a step number', () => {
    const state = { selection: null, window: null, step: 3 };
    expect(writeUrlState('#x=1', state)).toBe('#x=1&step=3');
    expect(readUrlState('#x=1&step=3')).toEqual(state);
    for (const bad of ['0', '-1', '2.5', 'three', '1234567', ''])
      expect(readUrlState(`#step=${bad}`), bad).toEqual({ selection: null, window: null });
  });

  it("keeps the host page's own hash parameters", () => {
    const hash = writeUrlState('#lang=az&events=old', { selection: { eventIds: ['new'], placeIds: [] }, window: null });
    expect(hash).toBe('#lang=az&events=new');
  });

  it('reads nothing from an empty or foreign hash, and ignores a reversed window', () => {
    expect(readUrlState('')).toEqual({ selection: null, window: null });
    expect(readUrlState('#section-3')).toEqual({ selection: null, window: null });
    expect(readUrlState('#from=2010-01-01&to=2001-01-01').window).toBeNull();
  });
});

describe('URL state: search and filters', () => {
  it('round-trips the search text and the hidden categories', () => {
    const state = { selection: null, window: null, query: 'Adamkus & co', hidden: ['visit', 'culture'] };
    const hash = writeUrlState('#lang=az', state);
    expect(hash).toBe('#lang=az&q=Adamkus%20%26%20co&hide=visit,culture');
    expect(readUrlState(hash)).toEqual(state);
    expect(writeUrlState(hash, { selection: null, window: null })).toBe('#lang=az');
  });
});

describe('the hash is capped (issue 15, item 10)', () => {
  it('a hash longer than MAX_HASH_LENGTH is not read at all', () => {
    expect(readUrlState(`#events=${'x'.repeat(MAX_HASH_LENGTH)}`)).toEqual({ selection: null, window: null });
    expect(readUrlState(`#events=${'x'.repeat(100)}`).selection).toEqual({ eventIds: ['x'.repeat(100)], placeIds: [] });
  });
});
