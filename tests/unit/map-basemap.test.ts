import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_BOUNDS,
  DETAIL_REGIONS,
  DETAIL_ZOOM,
  WORLD,
  type BasemapCountry,
} from '../../src/map/generated/basemap.js';
import { countryRole } from '../../src/map/basemap.js';
import { copiesInView, scaleBox } from '../../src/map/world-copies.js';
// @ts-expect-error -- a plain .mjs script without type declarations
import { NUMERIC_TO_ALPHA2, mercator } from '../../scripts/vendor-map-assets.mjs';

const project = mercator as (lonLat: [number, number], zoom: number) => [number, number];

/** The rings of SVG path data written as `M x y l dx dy … z`, in absolute pixels. */
function rings(d: string): [number, number][][] {
  return d
    .split('z')
    .filter(Boolean)
    .map((part) => {
      const numbers = part
        .replace(/[Ml]/g, ' ')
        .match(/-?\d+(\.\d+)?/g)!
        .map(Number);
      const ring: [number, number][] = [[numbers[0], numbers[1]]];
      for (let i = 2; i < numbers.length; i += 2) {
        const [x, y] = ring[ring.length - 1];
        ring.push([x + numbers[i], y + numbers[i + 1]]);
      }
      return ring;
    });
}

/** Even–odd point in polygon over all rings (holes subtract). */
function covers(d: string, [px, py]: [number, number]): boolean {
  let inside = false;
  for (const ring of rings(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Every detail region's shapes together: the 1:50m level. */
const detail = { zoom: DETAIL_ZOOM, countries: [] as BasemapCountry[] };
for (const file of readdirSync(new URL('../../src/map/generated/', import.meta.url))) {
  if (!file.startsWith('basemap-detail-')) continue;
  const module = (await import(`../../src/map/generated/${file}`)) as { COUNTRIES: BasemapCountry[] };
  detail.countries.push(...module.COUNTRIES);
}
const levels = [WORLD, detail];

describe('the bundled basemap', () => {
  it('draws every country of the world with its ISO alpha-2 code', () => {
    const codes = new Set(WORLD.countries.map((c) => c.iso));
    for (const code of ['AZ', 'LT', 'RU', 'US', 'MX', 'JP', 'KR', 'KP', 'CN', 'BR', 'AU', 'ZA', 'FJ', 'AQ', 'NZ'])
      expect(codes).toContain(code);
    expect(WORLD.countries.length).toBe(177);
    // Only the shapes that have no ISO code are left without one.
    expect(
      WORLD.countries
        .filter((c) => !c.iso)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['N. Cyprus', 'Somaliland']);
    const detailCodes = new Set(detail.countries.map((c) => c.iso));
    for (const code of ['SG', 'MT', 'BH', 'LI', 'AD', 'XK']) expect(detailCodes).toContain(code);
  });

  it('maps ISO numeric codes to alpha-2 as ISO 3166-1 does', () => {
    const table = NUMERIC_TO_ALPHA2 as Record<string, string>;
    expect([table['031'], table['440'], table['643'], table['840'], table['392'], table['410'], table['408']]).toEqual([
      'AZ',
      'LT',
      'RU',
      'US',
      'JP',
      'KR',
      'KP',
    ]);
    expect(new Set(Object.values(table)).size).toBe(Object.keys(table).length);
  });

  it('no ring of any level jumps across the antimeridian (no edge spans more than 180° of longitude)', () => {
    for (const level of levels) {
      const half = (256 * 2 ** level.zoom) / 2;
      for (const country of level.countries) {
        for (const ring of rings(country.d)) {
          for (let i = 0; i < ring.length; i++) {
            const next = ring[(i + 1) % ring.length];
            expect(Math.abs(next[0] - ring[i][0]), `${country.name}`).toBeLessThan(half);
          }
        }
      }
    }
  });

  it('Chukotka is Russia and Alaska the United States, whole across the antimeridian, in both levels', () => {
    const chukotka: [number, number] = [175, 66];
    const chukotkaEast: [number, number] = [-178, 67];
    const alaska: [number, number] = [-150, 64];
    const fiji: [number, number] = [178, -17.8];
    for (const level of levels) {
      const size = 256 * 2 ** level.zoom;
      const at = (lonLat: [number, number], shift = 0): [number, number] => {
        const [x, y] = project(lonLat, level.zoom);
        return [x + shift, y];
      };
      const of = (iso: string) => level.countries.filter((c) => c.iso === iso).map((c) => c.d);
      const anyCovers = (iso: string, point: [number, number]) =>
        of(iso).some((d) => covers(d, point) || covers(d, [point[0] + size, point[1]]));
      expect(anyCovers('RU', at(chukotka))).toBe(true);
      // East of 180°, Chukotka runs on past the world's right edge.
      expect(anyCovers('RU', at(chukotkaEast))).toBe(true);
      expect(anyCovers('US', at(alaska))).toBe(true);
      expect(anyCovers('RU', at(alaska))).toBe(false);
      expect(anyCovers('FJ', at(fiji))).toBe(true);
    }
  });

  it('gives each country its bounds in degrees, across the antimeridian for Russia and Fiji', () => {
    expect(COUNTRY_BOUNDS.LT).toEqual([21, 53.9, 26.6, 56.4]);
    expect(COUNTRY_BOUNDS.RU[0]).toBeCloseTo(19.6, 0);
    expect(COUNTRY_BOUNDS.RU[2]).toBeGreaterThan(180);
    expect(COUNTRY_BOUNDS.FJ[2]).toBeGreaterThan(180);
    expect(COUNTRY_BOUNDS.US[0]).toBeLessThan(-170);
  });

  it('keeps the world chunk and every detail chunk small (gzip)', () => {
    const gzip = (file: string) =>
      gzipSync(readFileSync(new URL(`../../src/map/generated/${file}`, import.meta.url))).length;
    expect(gzip('basemap.ts')).toBeLessThan(32 * 1024);
    for (let i = 0; i < DETAIL_REGIONS.length; i++) expect(gzip(`basemap-detail-${i}.ts`)).toBeLessThan(24 * 1024);
  });

  it('countryRole marks the first and second party and leaves the rest quiet', () => {
    const parties = [{ country: 'AZ' }, { country: 'lt' }];
    expect(countryRole('AZ', parties)).toBe(1);
    expect(countryRole('LT', parties)).toBe(2);
    expect(countryRole('DE', parties)).toBe(0);
    expect(countryRole('AZ', undefined)).toBe(0);
  });
});

describe('copiesInView', () => {
  const size = 1024;
  it('is the one world when the view lies inside it', () => {
    expect(copiesInView([0, 0, 1024, 1024], [100, 100, 900, 600], size)).toEqual([0]);
  });
  it('adds the copy beside it when the view runs past the antimeridian', () => {
    expect(copiesInView([0, 0, 1024, 1024], [800, 0, 1300, 600], size)).toEqual([0, 1]);
    expect(copiesInView([0, 0, 1024, 1024], [-300, 0, 200, 600], size)).toEqual([-1, 0]);
  });
  it('draws land that runs on past the edge (Chukotka at x > size) from the copy west of the view', () => {
    expect(copiesInView([900, 0, 1060, 100], [1030, 0, 1200, 600], size)).toEqual([0]);
  });
  it('is none for a box above or below the view', () => {
    expect(copiesInView([0, 700, 1024, 1024], [0, 0, 1024, 600], size)).toEqual([]);
  });
  it('scaleBox turns a level’s pixels into the map’s', () => {
    expect(scaleBox([1, 2, 3, 4], 0.5)).toEqual([0.5, 1, 1.5, 2]);
  });
});
