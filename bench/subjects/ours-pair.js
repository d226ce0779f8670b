// A page author's pair: a timeline and a map on one channel, given the same data set. Measures the first
// interaction response: a click on a place marker (dispatched by the runner through CDP) to the painted frame in which
// the timeline shows that place's events highlighted.
import { load } from '/dist/relations-atlas.bundle.js';
import { dataset } from '/bench/dataset.js';
import { install } from './common.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const ready = (el) => new Promise((resolve) => el.addEventListener('relations-ready', resolve, { once: true }));

install({
  async prepare(n) {
    await Promise.all([load('relations-timeline'), load('relations-map')]);
    return dataset(n);
  },
  async draw(data) {
    const timeline = document.createElement('relations-timeline');
    const map = document.createElement('relations-map');
    for (const el of [timeline, map]) {
      el.setAttribute('channel', 'bench');
      el.style.cssText = 'display:block;width:100%;height:100%';
    }
    const both = Promise.all([ready(timeline), ready(map)]);
    timeline.data = data;
    map.data = data;
    document.getElementById('host').append(timeline);
    document.getElementById('host2').append(map);
    await both;
    window.__pair = { timeline, map };
  },
  after: {
    /** The centre of a place marker drawn on its own, inside the map (zooming in on a place when all are grouped). */
    async target() {
      const { map } = window.__pair;
      const box = map.getBoundingClientRect();
      const find = () =>
        [...map.shadowRoot.querySelectorAll('[data-place-id]')]
          .map((m) => ({ id: m.getAttribute('data-place-id'), r: m.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && r.left > box.left + 60 && r.right < box.right - 60)
          .filter(({ r }) => r.top > box.top + 60 && r.bottom < box.bottom - 60);
      let found = find();
      if (found.length === 0) {
        const p = map.data?.places?.[0] ?? { lat: 0, lon: 0 };
        map.leafletMap.setView([p.lat, p.lon], 14, { animate: false });
        for (let i = 0; i < 120 && found.length === 0; i++) {
          await frame();
          found = find();
        }
      }
      if (found.length === 0) return null;
      const { id, r } = found[Math.floor(found.length / 2)];
      await frame();
      await frame();
      return { id, x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    /** Resolves with ms from the click to the painted frame showing the highlight (null after 20 s). */
    armClick() {
      const { timeline } = window.__pair;
      const before = timeline.highlightedEventIds.length;
      window.__click = new Promise((resolve) => {
        const timeout = setTimeout(() => resolve(null), 20000);
        window.addEventListener(
          'click',
          (event) => {
            const t0 = event.timeStamp;
            const tick = () => {
              if (timeline.highlightedEventIds.length > 0) {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => {
                  clearTimeout(timeout);
                  resolve({ ms: performance.now() - t0, before, highlighted: timeline.highlightedEventIds.length });
                };
                channel.port2.postMessage(0);
              } else requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          },
          { capture: true, once: true },
        );
      });
    },
    clicked: () => window.__click,
  },
});
