import { describe, expect, it } from 'vitest';
import { detectDelimiter, eventsToCsv, parseDelimited, placesToCsv, recordsFromCsv } from '../../src/data/csv.js';
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
      'unknown column "titel" in events.csv ignored (known: id, date, title, description, category, places, actors, source_section, source_quote)',
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
