// The benchmark's data set, generated in the page (deterministic seed) in the project's `Dataset` shape, so that every
// subject is given the same in-memory object: n events over 1988–2020 in six categories (half day dates, a quarter
// month precision, a quarter ranges of a few days to four months), each at its own place; n places spread over the
// inhabited latitudes of the whole world.
export const CATEGORIES = ['diplomacy', 'visit', 'parliament', 'economy', 'transport', 'culture'];
export const START = Date.UTC(1988, 0, 1);
export const END = Date.UTC(2021, 0, 1);
const DAY = 86400000;

export function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => (n < 10 ? '0' + n : String(n));
const iso = (time) => {
  const d = new Date(time);
  return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate());
};

export function dataset(n, seed = 7) {
  const rnd = random(seed);
  const days = (END - START) / DAY;
  const places = new Array(n);
  for (let i = 0; i < n; i++) {
    const lat = -50 + rnd() * 120;
    const lon = -180 + rnd() * 360;
    places[i] = { id: 'p' + i, name: 'Place ' + i, lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4 };
  }
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const start = START + Math.floor(rnd() * (days - 130)) * DAY;
    const kind = rnd();
    const category = CATEGORIES[Math.floor(rnd() * CATEGORIES.length)];
    let date;
    if (kind < 0.5) date = iso(start);
    else if (kind < 0.75) date = iso(start).slice(0, 7);
    else date = iso(start) + '/' + iso(start + (1 + Math.floor(rnd() * 120)) * DAY);
    events[i] = { id: 'e' + i, date, title: 'Event ' + i + ' (' + category + ')', category, places: ['p' + i] };
  }
  return {
    meta: { title: 'Benchmark', categories: Object.fromEntries(CATEGORIES.map((c) => [c, c])) },
    events,
    places,
  };
}

/** What plain code does with an EDTF date of this data set: [start, end) in ms (a month's date spans the month). */
export function parseSpan(date) {
  const slash = date.indexOf('/');
  if (slash > 0) return [parseDay(date.slice(0, slash)), parseDay(date.slice(slash + 1)) + DAY];
  if (date.length === 7) {
    const y = +date.slice(0, 4);
    const m = +date.slice(5, 7) - 1;
    return [Date.UTC(y, m, 1), Date.UTC(y, m + 1, 1)];
  }
  const t = parseDay(date);
  return [t, t + DAY];
}
const parseDay = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
