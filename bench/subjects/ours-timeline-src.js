import { load } from '/dist/relations-atlas.bundle.js';
import { host, install, tasks } from './common.js';

// <relations-timeline src> at a data file the bench server serves (bench/data/N.json, from bench/dataset.js): the
// fetch, the parse and the check (in a worker above 1 MB) and the first render, as a page author's `src` has them.
let el = null;
install({
  async prepare(n) {
    await load('relations-timeline');
    return { url: `/bench/data/${n}.json`, events: { length: n }, places: { length: n } };
  },
  async draw(data) {
    el = document.createElement('relations-timeline');
    el.style.cssText = 'display:block;width:100%;height:100%';
    const ready = new Promise((resolve) => el.addEventListener('relations-ready', resolve, { once: true }));
    el.src = data.url;
    host.append(el);
    await ready;
    return { marks: el.loadedData.events.length };
  },
  after: {
    /**
     * The longest task while the data set loaded (before its records were all on this thread), indexDataset's time
     * here, and the longest task after (indexing and the first render, counted apart in issue 14).
     */
    async phases(t0, t1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const checked = performance.getEntriesByName('relations-atlas:checked-in-worker').at(-1)?.startTime ?? null;
      const indexMs = performance.getEntriesByName('relations-atlas:index-on-main-thread').at(-1)?.duration ?? null;
      const within = tasks.filter(([start]) => start >= t0 - 1 && start <= t1);
      const longest = (list) => list.reduce((max, [, d]) => Math.max(max, d), 0);
      return {
        inWorker: checked !== null,
        // The task in which the last records arrive indexes them (and renders, in its microtasks): it counts after.
        loadingLongestMs: longest(checked === null ? within : within.filter(([start, d]) => start + d < checked)),
        indexMs,
        afterLongestMs: checked === null ? null : longest(within.filter(([start, d]) => start + d >= checked)),
      };
    },
  },
});
