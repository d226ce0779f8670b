import { load } from '/dist/relations-atlas.bundle.js';
import { dataset } from '/bench/dataset.js';
import { host, install } from './common.js';

install({
  async prepare(n) {
    await load('relations-map');
    return dataset(n);
  },
  async draw(data) {
    const el = document.createElement('relations-map');
    el.style.cssText = 'display:block;width:100%;height:100%';
    const ready = new Promise((resolve) => el.addEventListener('relations-ready', resolve, { once: true }));
    el.data = data;
    host.append(el);
    await ready;
    return { marks: el.shadowRoot.querySelectorAll('[data-place-id]').length };
  },
});
