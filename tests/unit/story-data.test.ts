import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset.js';
import { formatDiagnostic } from '../../src/data/diagnostics.js';

const base = {
  meta: { title: 'T', categories: { diplomacy: 'Diplomacy', trade: 'Trade' } },
  places: [
    { id: 'baku', name: 'Baku', lat: 40.4, lon: 49.9 },
    { id: 'vilnius', name: 'Vilnius', lat: 54.7, lon: 25.3 },
  ],
  events: [
    { id: 'recognition', date: '1991-12-20', title: 'Recognition', category: 'diplomacy', places: ['vilnius'] },
    { id: 'trade-2010', date: '2010', title: 'Trade', category: 'trade', places: ['baku'] },
  ],
};

const load = (story: unknown) => checkDataset({ ...base, story });
const messages = (story: unknown) => load(story).diagnostics.map(formatDiagnostic);

describe('a data set story', () => {
  it('carries its checked steps in the loaded data, in order, with only the fields given', () => {
    const { dataset, diagnostics } = load({
      title: 'Two capitals',
      steps: [
        {
          id: 'one',
          title: 'Recognition',
          text: 'On *20 December* 1991',
          events: ['recognition'],
          places: ['vilnius'],
          window: '1991/1992',
          map: { fit: ['baku', 'vilnius'] },
          categories: ['diplomacy'],
        },
        { id: 'two', title: 'Baku', map: { center: [40.4, 49.9], zoom: 6 } },
      ],
    });
    expect(diagnostics).toEqual([]);
    expect(dataset.story).toEqual({
      title: 'Two capitals',
      steps: [
        {
          id: 'one',
          title: 'Recognition',
          text: 'On *20 December* 1991',
          events: ['recognition'],
          places: ['vilnius'],
          window: '1991/1992',
          map: { fit: ['baku', 'vilnius'] },
          categories: ['diplomacy'],
        },
        { id: 'two', title: 'Baku', map: { center: [40.4, 49.9], zoom: 6 } },
      ],
    });
  });

  it('is null when the data set has none', () => {
    expect(checkDataset(base).dataset.story).toBeNull();
  });

  it('leaves unknown event, place and category ids out of a step with a warning naming the step; the story goes on', () => {
    const { dataset, diagnostics } = load({
      steps: [
        {
          id: 'a',
          title: 'A',
          events: ['recognition', 'no-such-event'],
          places: ['kaunas'],
          categories: ['war', 'trade'],
        },
        { id: 'b', title: 'B', events: ['trade-2010'] },
      ],
    });
    expect(dataset.story?.steps).toEqual([
      { id: 'a', title: 'A', events: ['recognition'], places: [], categories: ['trade'] },
      { id: 'b', title: 'B', events: ['trade-2010'] },
    ]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'story[0] (id "a"): step "a": unknown event "no-such-event" left out; the step is kept',
      'story[0] (id "a"): step "a": unknown place "kaunas" left out; the step is kept',
      'story[0] (id "a"): step "a": unknown category "war" left out; the step is kept',
    ]);
    expect(diagnostics.map((d) => [d.severity, d.code, d.field])).toEqual([
      ['warning', 'unknown-event', 'events'],
      ['warning', 'unknown-place', 'places'],
      ['warning', 'unknown-category', 'categories'],
    ]);
  });

  it('skips a step without a title, or with an id used before, and reports it; the next step is kept', () => {
    const { dataset, diagnostics } = load({
      steps: [{ id: 'a', title: 'A' }, { id: 'b' }, { id: 'a', title: 'Again' }, 'text', { id: 'c', title: 'C' }],
    });
    expect(dataset.story?.steps.map((step) => step.id)).toEqual(['a', 'c']);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'story[1] (id "b"): missing required field "title"',
      'story[2] (id "a"): another step already has the id "a"; the step is skipped',
      'story[3]: the record is not an object',
    ]);
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('leaves out a window that is no date or open, and a map view that cannot be shown, keeping the step', () => {
    const { dataset, diagnostics } = load({
      steps: [
        { id: 'a', title: 'A', window: '1991-13-01/1992', map: { fit: ['atlantis'] } },
        { id: 'b', title: 'B', window: '1991/..', map: { center: [95, 10], zoom: 4 } },
      ],
    });
    expect(dataset.story?.steps).toEqual([
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
    ]);
    expect(diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['invalid-date', 'window'],
      ['unknown-place', 'map'],
      ['invalid-date', 'window'],
      ['invalid-record', 'map'],
    ]);
    expect(diagnostics[1].message).toBe('step "a": unknown place "atlantis" left out of "map.fit"');
    expect(diagnostics[2].message).toBe('step "b": "window" left out: "1991/.." has an open end; the step is kept');
    expect(diagnostics[3].message).toBe(
      'step "b": "map" left out: it must be {"fit": [place ids]} or {"center": [lat, lon], "zoom": 0 to 18}; the step is kept',
    );
  });

  it('reports a story that is not an object with steps, and loads the rest of the data', () => {
    const { dataset } = load({ title: 'x' });
    expect(dataset.story).toBeNull();
    expect(dataset.events.length).toBe(2);
    expect(messages([1, 2])).toEqual(['story: the story must be an object with a list of "steps"; no story is told']);
  });

  it('keeps a step media that is an https address and leaves a javascript: one out', () => {
    const { dataset, diagnostics } = load({
      steps: [
        { id: 'a', title: 'A', media: { url: 'https://example.org/a.jpg', caption: 'C' } },
        { id: 'b', title: 'B', media: { url: 'javascript:alert(1)' } },
      ],
    });
    expect(dataset.story?.steps[0].media).toEqual({ url: 'https://example.org/a.jpg', caption: 'C' });
    expect(dataset.story?.steps[1].media).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['invalid-media']);
  });
});
