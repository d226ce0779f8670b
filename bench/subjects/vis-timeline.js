// vis-timeline 8.5.4 (its standalone UMD build, loaded by the page): a DataSet of the same events, one group per
// category, drawn when it says "changed".
import { CATEGORIES, END, START, dataset, parseSpan } from '/bench/dataset.js';
import { host, install } from './common.js';

const vis = window.vis;

install({
  prepare: (n) => dataset(n),
  async draw(data) {
    const groups = new vis.DataSet(CATEGORIES.map((c) => ({ id: c, content: c })));
    const items = new vis.DataSet(
      data.events.map((e) => {
        const [start, end] = parseSpan(e.date);
        return e.date.includes('/')
          ? { id: e.id, group: e.category, content: e.title, start: new Date(start), end: new Date(end), type: 'range' }
          : { id: e.id, group: e.category, content: e.title, start: new Date(start), type: 'point' };
      }),
    );
    const changed = new Promise((resolve) => (window.__visChanged = resolve));
    const timeline = new vis.Timeline(host, items, groups, {
      height: host.clientHeight + 'px',
      start: new Date(START),
      end: new Date(END),
    });
    timeline.on('changed', () => window.__visChanged?.());
    await changed;
    return { marks: host.querySelectorAll('.vis-item').length };
  },
});
