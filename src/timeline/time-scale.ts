/**
 * A linear map between UTC time (ms) and pixels: the part of d3's `scaleUtc` the timeline uses. Its ticks come from
 * d3-time's `utcTicks`, which is what `scaleUtc().ticks()` calls. d3-scale itself is not imported: its interpolators,
 * colours and formats would cost 8 kB gzip of the drop-in budget for a function of two lines.
 */
export interface TimeScale {
  (time: number): number;
  invert(x: number): number;
  domain(): readonly [number, number];
  range(): readonly [number, number];
}

export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const perMs = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = (time: number) => r0 + (time - d0) * perMs;
  scale.invert = (x: number) => (perMs === 0 ? d0 : d0 + (x - r0) / perMs);
  scale.domain = () => domain;
  scale.range = () => range;
  return scale;
}
