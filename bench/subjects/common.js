// What every benchmark page shares: the host, the long-task record and "painted" as the issue defines it.
export const host = document.getElementById('host');

/** Every main-thread task over 50 ms since the page opened: [start, duration] in performance.now() time. */
export const tasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
}).observe({ type: 'longtask', buffered: true });

/** A double requestAnimationFrame: the frame after the one that drew the change has begun, so that one was painted. */
export const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * Installs `window.bench`: `prepare(n)` builds the data set and loads the subject's code (not timed), `render()` times
 * `draw(data)` (which starts with createElement and ends when the subject says it is drawn) to the painted frame.
 */
export function install({ prepare, draw, after = {} }) {
  let data = null;
  window.bench = {
    async prepare(n) {
      data = await prepare(n);
      await painted();
      return { events: data.events.length, places: data.places.length };
    },
    async render() {
      // Start in a task of the page's own (a timer), not inside the runner's CDP evaluation, whose task the long-task
      // observer does not report.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const t0 = performance.now();
      const info = (await draw(data)) ?? {};
      await painted();
      const t1 = performance.now();
      return { ms: t1 - t0, t0, t1, ...info };
    },
    /** The longest task that started between t0 and t1 (0 when none was over 50 ms). */
    async longestTask(t0, t1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return tasks.filter(([start]) => start >= t0 - 1 && start <= t1).reduce((max, [, d]) => Math.max(max, d), 0);
    },
    /** Every long task so far, for a profile to explain (bench/run.mjs --long-tasks). */
    longTasks: () => tasks,
    // A mark a CPU profile can find: its first sample is at the time returned, which aligns the profile's clock.
    align() {
      const at = performance.now();
      while (performance.now() - at < 3) benchAlignMark();
      return at;
    },
    ...after,
  };
}

function benchAlignMark() {
  for (let i = 0; i < 1000; i++) Math.sqrt(i);
}
