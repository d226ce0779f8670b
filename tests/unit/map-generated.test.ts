import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { outputs } from '../../scripts/vendor-map-assets.mjs';

describe('src/map/generated', () => {
  for (const [path, make] of Object.entries(outputs as Record<string, () => string>)) {
    it(`${path} is what scripts/vendor-map-assets.mjs generates (run it after upgrading leaflet or world-atlas)`, () => {
      const committed = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
      expect(committed === make(), `${path} is out of date: run node scripts/vendor-map-assets.mjs`).toBe(true);
    });
  }
});
