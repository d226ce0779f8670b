import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset.js';
import { idList, nearestStep, stepFromAttributes, stepInWords, stepView } from '../../src/story/story-steps.js';

const { dataset } = checkDataset({
  meta: { title: 'T', categories: { diplomacy: 'Diplomacy', trade: 'Trade', culture: 'Culture' } },
  places: [
    { id: 'baku', name: 'Baku', lat: 40.4, lon: 49.9 },
    { id: 'vilnius', name: 'Vilnius', lat: 54.7, lon: 25.3 },
    { id: 'kaunas', name: 'Kaunas', lat: 54.9, lon: 23.9 },
  ],
  events: [
    { id: 'a', date: '1991-12-20', title: 'A', category: 'diplomacy', places: ['vilnius', 'baku'] },
    { id: 'b', date: '2010', title: 'B', category: 'trade', places: ['baku'] },
  ],
});

describe('idList', () => {
  it('splits ids on spaces and commas, and leaves out empty ones', () => {
    expect(idList(' a, b  c,,d ')).toEqual(['a', 'b', 'c', 'd']);
    expect(idList('')).toEqual([]);
    expect(idList(undefined)).toBeUndefined();
  });
});

describe('stepFromAttributes', () => {
  it('reads a paragraph’s data-* attributes and heading as a raw step', () => {
    expect(
      stepFromAttributes(
        {
          step: 'offices',
          events: 'a b',
          places: 'baku',
          window: ' 2007/2008 ',
          mapFit: 'baku,vilnius',
          categories: 'diplomacy',
        },
        ' Offices ',
        1,
      ),
    ).toEqual({
      id: 'offices',
      title: 'Offices',
      events: ['a', 'b'],
      places: ['baku'],
      window: '2007/2008',
      map: { fit: ['baku', 'vilnius'] },
      categories: ['diplomacy'],
    });
  });

  it('names a step without an id or a heading by its position', () => {
    expect(stepFromAttributes({ step: '' }, '', 2)).toEqual({ id: 'step-3', title: 'Step 3' });
  });
});

describe('nearestStep', () => {
  const boxes = [
    { top: -400, bottom: -100 },
    { top: 200, bottom: 500 },
    { top: 900, bottom: 1200 },
  ];
  it('is the step the reading line is in', () => {
    expect(nearestStep(boxes, 450)).toBe(1);
  });
  it('is the nearest step when the line is between two', () => {
    expect(nearestStep(boxes, 690)).toBe(1);
    expect(nearestStep(boxes, 710)).toBe(2);
    expect(nearestStep(boxes, 40)).toBe(0);
  });
  it('is -1 without steps', () => {
    expect(nearestStep([], 300)).toBe(-1);
  });
});

describe('stepView', () => {
  it('gives the window in UTC ms, the selection, the map fit and the hidden categories', () => {
    expect(
      stepView(
        { id: 's', title: 'S', events: ['a'], places: ['kaunas'], window: '1991/1992', categories: ['diplomacy'] },
        dataset,
      ),
    ).toEqual({
      window: { start: Date.UTC(1991, 0, 1), end: Date.UTC(1993, 0, 1) },
      selection: { eventIds: ['a'], placeIds: ['kaunas'] },
      map: { fit: ['kaunas', 'vilnius', 'baku'] },
      hidden: ['trade', 'culture'],
    });
  });

  it('keeps the step’s own map view, and hides nothing without categories', () => {
    expect(stepView({ id: 's', title: 'S', map: { center: [40, 50], zoom: 5 } }, dataset)).toEqual({
      window: null,
      selection: { eventIds: [], placeIds: [] },
      map: { center: [40, 50], zoom: 5 },
      hidden: null,
    });
  });
});

describe('stepInWords', () => {
  it('says the window, the selected events and the places the map takes in', () => {
    expect(stepInWords({ id: 's', title: 'S', events: ['a', 'b'], window: '1991-10/1992-06' }, dataset, 'en')).toEqual([
      'Timeline: October 1991 to June 1992.',
      'Selected: A, B.',
      'Map: Vilnius, Baku.',
    ]);
  });

  it('says nothing for a step that moves no view', () => {
    expect(stepInWords({ id: 's', title: 'S' }, dataset, 'en')).toEqual([]);
  });
});
