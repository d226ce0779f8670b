import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/data/diagnostics.js';
import { loadDatasetValue } from '../../src/data/load.js';
import { eraBands } from '../../src/timeline/render-eras.js';

describe('eras in a data set', () => {
  it('valid eras are kept in order of start; bad ones are skipped and reported', () => {
    const { dataset, diagnostics } = loadDatasetValue({
      events: [],
      places: [],
      eras: [
        { id: 'late', title: 'Late', date: '1950/1960' },
        { id: 'early', title: 'Early', date: '1900/1914-07' },
        { id: 'open', title: 'Open', date: '1990/..' },
        { id: 'bad', title: 'Bad', date: '1990-13/1991' },
        { id: 'late', title: 'Again', date: '1970/1980' },
        { id: 'untitled', date: '1970/1980' },
        { id: 'extra', title: 'Extra', date: '1930/1931', colour: 'red' },
        'not an era',
      ],
    });
    expect(dataset.eras.map((e) => [e.id, e.title, e.date])).toEqual([
      ['early', 'Early', '1900/1914-07'],
      ['extra', 'Extra', '1930/1931'],
      ['late', 'Late', '1950/1960'],
    ]);
    expect(dataset.eras[0].when.end).toBe(Date.UTC(1914, 7, 1));
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'eras[2] (id "open"): an era needs a start and an end: "1990/.." is open',
      'eras[3] (id "bad"): "1990-13": month 13 is not 01–12',
      'eras[4] (id "late"): another era already has the id "late"',
      'eras[5] (id "untitled"): missing required field "title"',
      'eras[6] (id "extra"): unknown field "colour" ignored',
      'eras[7]: the record is not an object',
      'the data set has no events and no places',
    ]);
  });
});

describe('eraBands(eras, scale, plotWidth)', () => {
  const { dataset } = loadDatasetValue({
    events: [],
    places: [],
    eras: [
      { id: 'a', title: 'The long first era', date: '1900/1949' },
      { id: 'b', title: 'Second', date: '1950/1999' },
      { id: 'c', title: 'Overlapping', date: '1951/1970' },
      { id: 'gone', title: 'Before the view', date: '1800/1850' },
    ],
  });
  const start = Date.UTC(1890, 0, 1);
  const end = Date.UTC(2010, 0, 1);
  const scale = (time: number) => ((time - start) / (end - start)) * 600;

  it('places each band at scale(start) with width scale(end) − scale(start), cut to the plot', () => {
    const bands = eraBands(dataset.eras, scale, 600);
    expect(bands.map((b) => b.id)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = bands;
    expect(a.x).toBeCloseTo(scale(Date.UTC(1900, 0, 1)), 6);
    expect(a.width).toBeCloseTo(scale(Date.UTC(1950, 0, 1)) - scale(Date.UTC(1900, 0, 1)), 6);
    expect(b.x).toBeCloseTo(scale(Date.UTC(1950, 0, 1)), 6);
    expect(c.x + c.width).toBeCloseTo(scale(Date.UTC(1971, 0, 1)), 6);
    expect(bands.map((band) => [band.label, band.row])).toEqual([
      ['The long first era', 0],
      ['Second', 0],
      ['Overlapping', 1],
    ]);
  });

  it('elides a label to its band and clips a band that runs past the plot', () => {
    const zoomed = (time: number) =>
      ((time - Date.UTC(1940, 0, 1)) / (Date.UTC(1960, 0, 1) - Date.UTC(1940, 0, 1))) * 200;
    const [a, b] = eraBands(dataset.eras, zoomed, 200);
    expect([a.x, a.label, a.title]).toEqual([0, 'The long first…', 'The long first era']);
    expect(b.x + b.width).toBe(200);
  });
});
