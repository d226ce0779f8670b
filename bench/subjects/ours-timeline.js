import { load } from '/dist/relations-atlas.bundle.js';
import { dataset } from '/bench/dataset.js';
import { host, install } from './common.js';

install({
  async prepare(n) {
    await load('relations-timeline');
    return dataset(n);
  },
  async draw(data) {
    const el = document.createElement('relations-timeline');
    el.style.cssText = 'display:block;width:100%;height:100%';
    const ready = new Promise((resolve) => el.addEventListener('relations-ready', resolve, { once: true }));
    el.data = data;
    host.append(el);
    await ready;
    window.__el = el;
  },
  after: {
    /** Where a wheel zooms: the middle of the plot. */
    plotCentre() {
      const r = window.__el.shadowRoot.querySelector('.plot').getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    startFrames() {
      const times = [];
      window.__frames = times;
      const tick = (t) => {
        times.push(t);
        if (window.__frames === times) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    async stopFrames() {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const times = window.__frames;
      window.__frames = null;
      const intervals = times.slice(1).map((t, i) => t - times[i]);
      return { intervals, marks: window.__el.shadowRoot.querySelectorAll('[data-event-id]').length };
    },
  },
});
