import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASEMAP, BASEMAP_BOX } from '../../src/map/generated/basemap.js';
import { countryRole } from '../../src/map/basemap.js';

const [west, south, east, north] = BASEMAP_BOX;

function* positions() {
  for (const feature of BASEMAP.features) {
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) yield* ring;
  }
}

describe('the bundled basemap', () => {
  it('has Azerbaijan, Lithuania, their neighbours and Germany, with ISO alpha-2 codes', () => {
    const codes = new Set(BASEMAP.features.map((f) => f.properties.iso));
    for (const code of ['AZ', 'LT', 'LV', 'PL', 'BY', 'GE', 'AM', 'IR', 'RU', 'TR', 'DE'])
      expect(codes).toContain(code);
    expect(BASEMAP.features.find((f) => f.properties.iso === 'AZ')?.id).toBe('031');
    expect(BASEMAP.features.find((f) => f.properties.iso === 'LT')?.id).toBe('440');
  });

  it('keeps every point inside the box, so nothing reaches the antimeridian', () => {
    for (const [lon, lat] of positions()) {
      expect(lon).toBeGreaterThanOrEqual(west);
      expect(lon).toBeLessThanOrEqual(east);
      expect(lat).toBeGreaterThanOrEqual(south);
      expect(lat).toBeLessThanOrEqual(north);
    }
  });

  it('has closed rings', () => {
    for (const feature of BASEMAP.features) {
      const polygons =
        feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      for (const ring of polygons.flat()) expect(ring[0]).toEqual(ring[ring.length - 1]);
    }
  });

  it('stays under 60 kB gzipped', () => {
    const text = readFileSync(new URL('../../src/map/generated/basemap.ts', import.meta.url));
    expect(gzipSync(text).length).toBeLessThan(60 * 1024);
  });

  it('countryRole marks the first and second party and leaves the rest quiet', () => {
    const parties = [{ country: 'AZ' }, { country: 'lt' }];
    expect(countryRole('AZ', parties)).toBe(1);
    expect(countryRole('LT', parties)).toBe(2);
    expect(countryRole('DE', parties)).toBe(0);
    expect(countryRole('AZ', undefined)).toBe(0);
  });
});
