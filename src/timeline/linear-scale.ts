/**
 * A linear scale from numbers to numbers (UTC ms to px), with the methods d3-zoom's `transform.rescaleX` uses. It
 * stands in for d3's `scaleUtc`, whose `Date`s end at ±275,760 years, and for `scaleLinear`, whose tick formatting
 * would bring all of d3-format into the bundle for nothing: the axis makes its own ticks.
 */
export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  domain(domain: readonly (number | Date)[]): LinearScale;
  range(): [number, number];
  range(range: readonly number[]): LinearScale;
  invert(x: number): number;
  copy(): LinearScale;
}

export function linearScale(
  domain: readonly [number, number] = [0, 1],
  range: readonly [number, number] = [0, 1],
): LinearScale {
  let [d0, d1] = domain;
  let [r0, r1] = range;
  // As d3's `normalize`: an empty domain maps to the middle of the range.
  const fraction = (value: number) => (d1 === d0 ? 0.5 : (value - d0) / (d1 - d0));
  const scale = ((value: number) => {
    const t = fraction(+value);
    return r0 * (1 - t) + r1 * t;
  }) as LinearScale;
  function domainOf(): [number, number];
  function domainOf(next: readonly (number | Date)[]): LinearScale;
  function domainOf(next?: readonly (number | Date)[]): [number, number] | LinearScale {
    if (!next) return [d0, d1];
    [d0, d1] = [+next[0], +next[1]];
    return scale;
  }
  function rangeOf(): [number, number];
  function rangeOf(next: readonly number[]): LinearScale;
  function rangeOf(next?: readonly number[]): [number, number] | LinearScale {
    if (!next) return [r0, r1];
    [r0, r1] = [next[0], next[1]];
    return scale;
  }
  scale.domain = domainOf;
  scale.range = rangeOf;
  scale.invert = (x: number) => {
    const t = r1 === r0 ? 0.5 : (x - r0) / (r1 - r0);
    return d0 * (1 - t) + d1 * t;
  };
  scale.copy = () => linearScale([d0, d1], [r0, r1]);
  return scale;
}

/** d3-array's `tickIncrement` rule: 1, 2 or 5 times a power of ten, about `count` steps over `span`. */
export function tickStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  return (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1) * power;
}

/** The multiples of `tickStep(b - a, count)` within `[a, b]`, never finer than `smallest`. */
export function niceTicks(a: number, b: number, count: number, smallest = 0): number[] {
  if (!(b > a)) return [];
  const step = Math.max(smallest, tickStep(b - a, count));
  const ticks: number[] = [];
  for (let i = Math.ceil(a / step), last = Math.floor(b / step); i <= last; i++) ticks.push(i * step);
  return ticks;
}
