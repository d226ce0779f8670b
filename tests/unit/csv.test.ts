import { describe, expect, it } from 'vitest';
import { eventsToCsv, placesToCsv } from '../../src/data/csv-write.js';
import { detectDelimiter, parseDelimited, recordsFromCsv } from '../../src/data/csv.js';
import { loadDatasetText } from '../../src/data/load.js';

const placesCsv = `id,name,name_az,name_lt,country,lat,lon,kinds
baku,Baku,Bakı,Baku,AZ,40.4093,49.8671,capital
vilnius,Vilnius,Vilnüs,Vilnius,LT,54.6872,25.2797,capital;venue
nowhere,Nowhere,,,LT,,25,city
`;

const eventsCsv = `id,date,title,description,category,places,actors,source_section,source_quote
recognition,1991-09-10,Azerbaijan recognises Lithuania,,diplomacy,baku|vilnius,,Diplomatic relations,"The government of Azerbaijan recognized the independence of Lithuania on September 10, 1991."
visit,2006-06-08/2006-06-09,"Adamkus visits Baku, officially",A state visit.,visit,vilnius;baku,Valdas Adamkus,High-level visits,
broken,2006-02-30,Bad date,,visit,baku,,,
`;

describe('CSV import', () => {
  it('reads an events CSV with a places CSV, with row numbers in diagnostics', () => {
    const { dataset, diagnostics } = loadDatasetText(eventsCsv, { format: 'csv', placesCsv });
    expect(dataset.places.map((p) => p.id)).toEqual(['baku', 'vilnius']);
    expect(dataset.places[0].name).toEqual({ en: 'Baku', az: 'Bakı', lt: 'Baku' });
    expect(dataset.places[1].kinds).toEqual(['capital', 'venue']);
    expect(dataset.events.map((e) => e.id)).toEqual(['recognition', 'visit']);
    expect(dataset.events[1].places).toEqual(['vilnius', 'baku']);
    expect(dataset.events[1].title).toBe('Adamkus visits Baku, officially');
    expect(dataset.events[0].source?.quote).toContain('September 10, 1991');
    expect(diagnostics.map((d) => [d.collection, d.row, d.code])).toEqual([
      ['places', 4, 'missing-coordinates'],
      ['events', 4, 'invalid-date'],
    ]);
  });

  it('recognises a places CSV given alone', () => {
    const { dataset } = loadDatasetText(placesCsv);
    expect(dataset.places).toHaveLength(2);
    expect(dataset.events).toHaveLength(0);
  });

  it('round-trips a data set through CSV', () => {
    const first = loadDatasetText(eventsCsv, { format: 'csv', placesCsv });
    const again = loadDatasetText(eventsToCsv(first.dataset.events), {
      format: 'csv',
      placesCsv: placesToCsv(first.dataset.places),
    });
    expect(again.diagnostics).toEqual([]);
    const strip = (events: typeof first.dataset.events) =>
      events.map(({ when, ...rest }) => ({ ...rest, start: when.start }));
    expect(strip(again.dataset.events)).toEqual(strip(first.dataset.events));
    expect(again.dataset.places).toEqual(first.dataset.places);
  });
});

describe('CSV as spreadsheets write it (issue 15, item 7)', () => {
  const header = 'id;date;title;category;places';
  it('a European Excel CSV (semicolons, with or without a sep= line) reads as the comma one does', () => {
    for (const text of [`${header}\ne1;2006;A visit;visit;\n`, `sep=;\n${header}\ne1;2006;A visit;visit;\n`]) {
      const { dataset, diagnostics } = loadDatasetText(text, { format: 'csv' });
      expect(diagnostics.filter((d) => d.code !== 'empty-dataset')).toEqual([]);
      expect(dataset!.events.map((e) => [e.id, e.title, e.category])).toEqual([['e1', 'A visit', 'visit']]);
    }
    const tabs = loadDatasetText('id\tdate\ttitle\ne1\t2006\tTabbed\n', { format: 'csv' });
    expect(tabs.dataset!.events.map((e) => e.title)).toEqual(['Tabbed']);
    expect(detectDelimiter('"a,b";c;d\n1;2;3').delimiter).toBe(';');
    expect(detectDelimiter('a,b,c').delimiter).toBe(',');
  });

  it('parseDelimited gives the line each row starts on, past line breaks inside quoted cells', () => {
    expect(parseDelimited('a,b\n"one\ntwo\nthree",2\r\nc,3\n', ',').lines).toEqual([1, 2, 5]);
  });

  it('an unclosed quote is reported with the line where it opened', () => {
    const text = 'id,date,title\ne1,2006,Fine\ne2,2007,"Opens here\ne3,2008,Swallowed\ne4,2009,Also\n';
    expect(parseDelimited(text, ',').unclosedQuoteLine).toBe(3);
    expect(parseDelimited('a,b\n"x ""y"" z",2\n', ',')).toEqual({
      rows: [
        ['a', 'b'],
        ['x "y" z', '2'],
      ],
      unclosedQuoteLine: null,
      lines: [1, 2],
    });
    expect(parseDelimited('a,b\nx"y,2\n', ',')).toEqual({
      rows: [
        ['a', 'b'],
        ['x"y', '2'],
      ],
      unclosedQuoteLine: null,
      lines: [1, 2],
    });
    expect(parseDelimited('a;"two\nlines";c\r\nd;;\re', ';')).toEqual({
      rows: [['a', 'two\nlines', 'c'], ['d', '', ''], ['e']],
      unclosedQuoteLine: null,
      lines: [1, 3, 4],
    });
    expect(parseDelimited('', ',').rows).toEqual([]);
    const { diagnostics } = loadDatasetText(text, { format: 'csv' });
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code: 'invalid-csv', row: 3 });
    expect(diagnostics[0].message).toBe(
      'a quote opens on line 3 of events.csv and never closes: every row after it is read into one cell; close the quote (or double it, "")',
    );
  });

  it('unknown and repeated columns are reported; name_<any BCP 47 tag> is read', () => {
    const events = loadDatasetText('id,date,titel,title,title\ne1,2006,Typo,First,Second\n', { format: 'csv' });
    expect(events.diagnostics.filter((d) => d.code === 'unknown-field').map((d) => d.message)).toEqual([
      'unknown column "titel" in events.csv ignored (known: id, date, title, description, category, places, actors, source_section, source_quote, type, value, unit, category_label, events, map_fit, category_label_<language>)',
      'the column "title" appears twice in events.csv; the first is read',
    ]);
    expect(events.dataset!.events[0].title).toBe('First');
    const places = recordsFromCsv(
      undefined,
      'id,name,name_zh-Hant,name_ar,name_sr-Latn-RS,lat,lon\np,Taipei,臺北,تايبيه,Tajpej,25,121\n',
    );
    expect(places.diagnostics).toEqual([]);
    expect(places.places[0].name).toEqual({ en: 'Taipei', 'zh-Hant': '臺北', ar: 'تايبيه', 'sr-Latn-RS': 'Tajpej' });
  });
});

describe('One sheet carries the whole story (issue 11: CSV with a title, category labels and series)', () => {
  const sheet = `type,id,date,title,description,category,category_label,category_label_az,places,value,unit
title,,,Azerbaijan–Lithuania relations,Thirty years in one sheet,,,,,,
,recognition,1991-09-10,Azerbaijan recognises Lithuania,,diplomacy,Diplomacy,Diplomatiya,baku,,
event,visit,2006-06-08,Adamkus visits Baku,,visit,High-level visits,,baku,,
,visit-2,2007,Another visit,,visit,Visits,,baku,,
series,trade,2014,Trade turnover,,,,,,43,million USD
series,trade,2015,Trade turnover,,,,,,39.5,million USD
poster,p1,2015,A poster,,,,,,,
`;
  const places = 'id,name,lat,lon\nbaku,Baku,40.4093,49.8671\n';

  it('reads the title row, the first label of each category (per language) and the series points', () => {
    const { dataset, diagnostics } = loadDatasetText(sheet, { format: 'csv', placesCsv: places });
    expect(dataset.meta.title).toBe('Azerbaijan–Lithuania relations');
    expect(dataset.meta.description).toBe('Thirty years in one sheet');
    expect(dataset.meta.categories).toEqual({
      diplomacy: { en: 'Diplomacy', az: 'Diplomatiya' },
      visit: 'High-level visits',
    });
    expect(dataset.events.map((e) => e.id)).toEqual(['recognition', 'visit', 'visit-2']);
    expect(dataset.series.map((s) => [s.id, s.title, s.unit, s.points.map((p) => [p.date, p.value])])).toEqual([
      [
        'trade',
        'Trade turnover',
        'million USD',
        [
          ['2014', 43],
          ['2015', 39.5],
        ],
      ],
    ]);
    expect(diagnostics.map((d) => [d.severity, d.row, d.message])).toEqual([
      [
        'warning',
        5,
        'row 5 of events.csv names the category "visit" differently from an earlier row; the first label is read',
      ],
      [
        'error',
        8,
        'row 8 of events.csv has the type "poster"; it is read as one of event, title, series, step (or empty for an event) and was skipped',
      ],
    ]);
  });

  it('a series without a unit is skipped and reported at its first row', () => {
    const { dataset, diagnostics } = loadDatasetText('type,id,date,title,value\nseries,s,2014,S,1\n', {
      format: 'csv',
    });
    expect(dataset.series).toEqual([]);
    expect(diagnostics.filter((d) => d.collection === 'series').map((d) => [d.row, d.severity])).toEqual([
      [2, 'error'],
    ]);
  });

  it('a second title row is reported and the first kept', () => {
    const { dataset, diagnostics } = loadDatasetText('type,title\ntitle,One\ntitle,Two\n', { format: 'csv' });
    expect(dataset.meta.title).toBe('One');
    expect(diagnostics.find((d) => d.row === 3)?.message).toBe(
      'row 3 of events.csv is a second title row; the first is read',
    );
  });

  it('eventsToCsv with meta and series writes a sheet that reads back to the same data set', () => {
    const first = loadDatasetText(sheet, { format: 'csv', placesCsv: places }).dataset;
    const text = eventsToCsv(first.events, { meta: first.meta, series: first.series });
    expect(text.split('\n')[0]).toBe(
      'type,id,date,title,description,category,places,actors,source_section,source_quote,category_label,category_label_az,value,unit',
    );
    const again = loadDatasetText(text, { format: 'csv', placesCsv: places });
    expect(again.diagnostics).toEqual([]);
    expect(again.dataset.meta).toEqual(first.meta);
    expect(again.dataset.series).toEqual(first.series);
    expect(again.dataset.events.map((e) => [e.id, e.category])).toEqual(first.events.map((e) => [e.id, e.category]));
  });
});

describe('story.csv: the steps of a story in the same sheet (issue 13)', () => {
  const sheet = `type,id,date,title,description,category,places,events,map_fit
title,,,Azerbaijan–Lithuania relations,,,,,
,recognition,1991-09-10,Azerbaijan recognises Lithuania,,diplomacy,baku,,
,visit,2006-06-08,Adamkus visits Baku,,visit,vilnius;baku,,
step,s1,1991/1992,Recognition,"Azerbaijan recognised Lithuania in <em>1991</em>.",diplomacy,,recognition,baku
step,s2,2006/2007,A visit,,diplomacy;visit,vilnius,visit;nowhere,vilnius;baku
`;
  const places = 'id,name,lat,lon\nbaku,Baku,40.4093,49.8671\nvilnius,Vilnius,54.6872,25.2797\n';

  it('reads step rows, in order, as the story: text, window, events, places, categories and the map fit', () => {
    const { dataset, diagnostics } = loadDatasetText(sheet, { format: 'csv', placesCsv: places });
    expect(dataset.story?.title).toBe('Azerbaijan–Lithuania relations');
    expect(
      dataset.story?.steps.map((step) => [step.id, step.window, step.events, step.places, step.categories]),
    ).toEqual([
      ['s1', '1991/1992', ['recognition'], undefined, ['diplomacy']],
      ['s2', '2006/2007', ['visit'], ['vilnius'], ['diplomacy', 'visit']],
    ]);
    expect(dataset.story?.steps[0].text).toBe('Azerbaijan recognised Lithuania in <em>1991</em>.');
    expect(dataset.story?.steps[1].map).toEqual({ fit: ['vilnius', 'baku'] });
    expect(dataset.events.map((e) => e.id)).toEqual(['recognition', 'visit']);
    const unknown = diagnostics.filter((d) => d.collection === 'story');
    expect(unknown.map((d) => [d.severity, d.row])).toEqual([['warning', 6]]);
    expect(unknown[0].message).toContain('nowhere');
  });
});
