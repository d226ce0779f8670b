import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDatasetText } from '../../src/data/load.js';
import type { Dataset } from '../../src/data/types.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const text = read('data/azerbaijan-lithuania.json');
const raw = JSON.parse(text) as Dataset;
const article = read('data/source/azerbaijan-lithuania-relations.txt');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the Azerbaijan–Lithuania data set', () => {
  it('passes data/schema.json', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const validate = ajv.compile(JSON.parse(read('data/schema.json')));
    expect(validate(raw), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('loads with no diagnostics: every referenced place exists, ids are unique, dates are valid', () => {
    const { dataset, diagnostics } = loadDatasetText(text);
    expect(diagnostics).toEqual([]);
    expect(dataset.events).toHaveLength(raw.events.length);
    expect(dataset.places).toHaveLength(raw.places.length);
    expect(dataset.links).toHaveLength(raw.links?.length ?? 0);
  });

  it('gives every event a source section and a quote found word for word in the article', () => {
    const body = squash(article);
    for (const event of raw.events) {
      expect(event.source?.section, event.id).toBeTruthy();
      expect(body.includes(squash(event.source?.quote ?? '')), `${event.id}: ${event.source?.quote}`).toBe(true);
    }
  });

  it('has one event per numbered visit and one per year listed in the Ministers subsection', () => {
    const visits = raw.events.filter((e) => e.category === 'visit');
    const section = (name: string) => visits.filter((e) => e.source?.section.includes(name)).length;
    expect(section('Heads of states')).toBe(8);
    expect(section('Chairmen of Parliaments')).toBe(4);
    expect(section('Prime Ministers')).toBe(4);
    // 1 + 6 + 5 + 1 + 2 + 2 years listed in the six Ministers items
    expect(section('Ministers') - section('Prime Ministers')).toBe(17);
  });

  it('keeps imprecise dates imprecise: "June 8–9, 2006" is an interval, a year stays a year', () => {
    const { dataset } = loadDatasetText(text);
    const adamkus2006 = dataset.events.find((e) => e.date === '2006-06-08/2006-06-09');
    expect(adamkus2006?.when.kind).toBe('interval');
    const justice2001 = dataset.events.find((e) => e.date === '2001');
    expect(justice2001?.when.from?.precision).toBe('year');
  });

  it("flags the article's mistakes instead of copying them silently", () => {
    const flags = [...raw.events, ...raw.places, ...(raw.series ?? [])].flatMap((record) =>
      (record.flags ?? []).map((flag) => ({ id: record.id, ...flag })),
    );
    const originals = flags.map((flag) => flag.original);
    for (const mistake of ['0214', 'A. Paulauska', 'I. Degutienen', 'Vigaudas Usackas', 'Birshtonas']) {
      expect(
        originals.some((o) => o.includes(mistake)),
        mistake,
      ).toBe(true);
    }
    expect(flags.some((f) => /President of Azerbaijan V\. Adamkus/.test(f.original))).toBe(true);
    const y2014 = raw.events.find((e) => e.flags?.some((f) => f.original === '0214'));
    expect(y2014?.date).toBe('2014');
    const trade = raw.series?.find((s) => s.id === 'trade-turnover');
    expect(trade?.direction).toBe('unstated');
    expect(trade?.unit).toMatch(/USD/);
    expect(trade?.points.map((p) => p.date)).toEqual(['2014', '2015', '2016', '2017', '2018']);
  });

  it('has the places the story needs, with local spellings and coordinates in the right countries', () => {
    const place = (id: string) => raw.places.find((p) => p.id === id);
    expect(place('baku')?.name).toMatchObject({ az: 'Bakı' });
    expect(place('siauliai')?.name).toMatchObject({ lt: 'Šiauliai' });
    expect(place('shamkir')?.name).toMatchObject({ az: 'Şəmkir' });
    expect(place('embassy-lt-baku')).toMatchObject({ country: 'AZ', represents: 'LT' });
    expect(place('embassy-az-vilnius')).toMatchObject({ country: 'LT', represents: 'AZ' });
    for (const p of raw.places.filter((p) => p.country === 'AZ')) expect(p.lon, p.id).toBeGreaterThan(44);
    for (const p of raw.places.filter((p) => p.country === 'LT')) expect(p.lat, p.id).toBeGreaterThan(53.8);
    expect(raw.links?.map((l) => [l.from, l.to].sort().join('~')).sort()).toEqual([
      'agstafa~birstonas',
      'gazakh~trakai',
      'shamkir~siauliai',
    ]);
  });
});
