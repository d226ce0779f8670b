import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDatasetText } from '../../src/data/load.js';
import type { Dataset } from '../../src/data/types.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

for (const [file, parties] of [
  ['data/japan-south-korea.json', ['JP', 'KR']],
  ['data/united-states-russia.json', ['US', 'RU']],
] as const) {
  describe(file, () => {
    const text = read(file);
    const raw = JSON.parse(text) as Dataset;

    it('passes data/schema.json', () => {
      const ajv = new Ajv({ allErrors: true, strict: true });
      const validate = ajv.compile(JSON.parse(read('data/schema.json')));
      expect(validate(raw), JSON.stringify(validate.errors, null, 2)).toBe(true);
    });

    it('loads with no diagnostics, every event and place kept', () => {
      const { dataset, diagnostics } = loadDatasetText(text);
      expect(diagnostics).toEqual([]);
      expect(dataset.events).toHaveLength(raw.events.length);
      expect(dataset.places).toHaveLength(raw.places.length);
    });

    it('has 12–25 events and 5–12 places, each place used, each event citing its Wikipedia article', () => {
      expect(raw.events.length).toBeGreaterThanOrEqual(12);
      expect(raw.events.length).toBeLessThanOrEqual(25);
      expect(raw.places.length).toBeGreaterThanOrEqual(5);
      expect(raw.places.length).toBeLessThanOrEqual(12);
      const used = new Set(raw.events.flatMap((e) => e.places));
      expect(raw.places.filter((p) => !used.has(p.id)).map((p) => p.id)).toEqual([]);
      for (const event of raw.events) expect(event.source?.section, event.id).toBeTruthy();
      expect(raw.meta?.parties?.map((p) => p.country)).toEqual(parties);
      expect(raw.meta?.licence).toBe('CC BY-SA 4.0');
    });
  });
}
