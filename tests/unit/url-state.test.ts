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
