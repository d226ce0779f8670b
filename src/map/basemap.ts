import type { BasemapCountry, DetailRegion } from './generated/basemap.js';

export type BasemapModule = typeof import('./generated/basemap.js');

let loading: Promise<BasemapModule> | null = null;

/**
 * The bundled world (1:110m shapes, their bounds and the list of 1:50m regions), loaded on first use as a chunk of its
 * own. The promise is shared: the shapes are immutable, so two maps can draw the same paths.
 */
export function loadBasemap(): Promise<BasemapModule> {
  loading ??= import('./generated/basemap.js').catch((error: unknown) => {
    // A chunk that could not be fetched (not copied beside the bundle, offline): a later map may try again.
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * Starts fetching the shapes and the layer that draws them, so that they are here when the map asks: a failure is
 * reported then, by the map that asked (and a later request tries again).
 */
export function prefetchBasemap(): void {
  loadBasemap().catch(() => {});
  import('./basemap-layer.js').catch(() => {});
}

const details = new Map<DetailRegion, Promise<readonly BasemapCountry[]>>();

/** A region's 1:50m shapes, fetched once for every map; a failed fetch may be tried again. */
export function loadDetail(region: DetailRegion): Promise<readonly BasemapCountry[]> {
  let shapes = details.get(region);
  if (!shapes) {
    shapes = region.load().catch((error: unknown) => {
      details.delete(region);
      throw error;
    });
    details.set(region, shapes);
  }
  return shapes;
}

/** Which countries are drawn as parties (1, 2) and which as the quiet rest (0). */
export function countryRole(iso: string, parties: readonly { readonly country: string }[] | undefined): 0 | 1 | 2 {
  const index = (parties ?? []).findIndex((p) => p.country.toUpperCase() === iso.toUpperCase());
  return index === 0 ? 1 : index === 1 ? 2 : 0;
}
