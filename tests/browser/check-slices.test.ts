import { expect } from '@esm-bundle/chai';
import { dataset } from '../../bench/dataset.js';
import '../../src/index.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import { SLICED_CHECK_ABOVE } from '../../src/data/load.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { mount, unmountAll, waitFor } from './atlas-helpers.js';

/**
 * A large `data` object is checked in slices with the main thread given back between them, and says how far it has
 * come (issue 14, item 5: a million events load with no task over 200 ms).
 */

/** Every text `selector` in the element's shadow root showed, in order, until relations-ready. */
function textsOf(view: HTMLElement, read: (root: ShadowRoot) => string | null | undefined): string[] {
  const seen: string[] = [];
  const look = () => {
    const text = view.shadowRoot && read(view.shadowRoot)?.trim();
    if (text && seen.at(-1) !== text) seen.push(text);
  };
  const observer = new MutationObserver(look);
  const watch = () => {
    look();
    observer.observe(view.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  if (view.shadowRoot) watch();
  else queueMicrotask(watch);
  view.addEventListener('relations-ready', () => observer.disconnect(), { once: true });
  return seen;
}

/**
 * The records counted in "Checking N of 60,000 records…" lines, which must all read so. A render shows the latest
 * count of its slice, and a slice may check more than the 5,000 records between counts: which ones appear varies.
 */
function countsIn(texts: string[]): number[] {
  return texts.map((text) => {
    const match = /^Checking ([\d,]+) of 60,000 records…$/.exec(text);
    expect(match, text).to.not.equal(null);
    return Number(match![1].replace(/,/g, ''));
  });
}

/** Resolves at the next task (a message), counting the tasks that ran before it: the page was not blocked. */
function tasksWhile(until: Promise<unknown>): Promise<number> {
  let tasks = 0;
  let done = false;
  void until.then(() => (done = true));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (done) {
        channel.port1.close();
        resolve(tasks);
        return;
      }
      tasks++;
      setTimeout(() => channel.port2.postMessage(null), 0);
    };
    channel.port2.postMessage(null);
  });
}

describe('a large data object checked in slices', () => {
  afterEach(() => unmountAll());

  it('60,000 events and places: the timeline says how many records were checked, other tasks run meanwhile, every record arrives', async () => {
    const data = dataset(30000);
    expect(data.events.length + data.places.length).to.be.greaterThan(SLICED_CHECK_ABOVE);
    const view = mount<RelationsTimeline>(`<relations-timeline></relations-timeline>`, 'width: 800px; height: 300px');
    const seen = textsOf(view, (root) => root.querySelector('[part="status"]')?.textContent);
    const ready = waitFor(view, 'relations-ready', 60000);
    view.data = data;
    await view.updateComplete;
    // Updated: loading, and not yet checked.
    expect(view.loading).to.equal(true);
    expect(view.loadedData).to.equal(null);
    const tasks = await tasksWhile(ready);
    await ready;
    expect(tasks).to.be.greaterThan(3);
    const counts = countsIn(seen);
    // Several steps on the way, counting up.
    expect(counts.filter((n) => n > 0 && n < 60000).length).to.be.greaterThan(2);
    expect(counts).to.deep.equal([...counts].sort((a, b) => a - b));
    expect(seen.at(-1)).to.equal('Checking 60,000 of 60,000 records…');
    expect(view.loadedData!.events).to.have.length(30000);
    expect(view.loadedData!.places).to.have.length(30000);
    expect(view.diagnostics).to.deep.equal([]);
    expect(view.shadowRoot!.querySelector('[part="status"]')).to.equal(null);
  });

  it('the data replaced during the check: the new data is shown, the old check never lands', async () => {
    const view = mount<RelationsTimeline>(`<relations-timeline></relations-timeline>`, 'width: 800px; height: 300px');
    let results = 0;
    view.addEventListener('relations-ready', () => results++);
    view.data = dataset(30000);
    await view.updateComplete;
    expect(view.loading).to.equal(true);
    const small = dataset(10);
    view.data = small;
    await waitFor(view, 'relations-ready', 60000);
    expect(view.loadedData!.events.map((e) => e.id).sort()).to.deep.equal(small.events.map((e) => e.id).sort());
    // Frames later: the big check was aborted, so nothing replaced the small data set.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(view.loadedData!.events).to.have.length(10);
    expect(results).to.equal(1);
  });

  it('data = null during the check: the element is no longer loading and says nothing of a check', async () => {
    const view = mount<RelationsTimeline>(`<relations-timeline></relations-timeline>`, 'width: 800px; height: 300px');
    view.data = dataset(30000);
    await view.updateComplete;
    expect(view.loading).to.equal(true);
    view.data = null;
    await view.updateComplete;
    expect(view.loading).to.equal(false);
    expect(view.shadowRoot!.querySelector('[part="status"]')).to.equal(null);
  });

  it('removed during the check and put back: it checks again and arrives', async () => {
    const view = mount<RelationsTimeline>(`<relations-timeline></relations-timeline>`, 'width: 800px; height: 300px');
    view.data = dataset(30000);
    await view.updateComplete;
    expect(view.loading).to.equal(true);
    const parent = view.parentElement!;
    view.remove();
    expect(view.loading).to.equal(false);
    parent.append(view);
    await waitFor(view, 'relations-ready', 60000);
    expect(view.loadedData!.events).to.have.length(30000);
  });

  it('the atlas shows the check on its skeleton and names it to screen readers', async () => {
    const atlas = mount<RelationsAtlas>(`<relations-atlas></relations-atlas>`, 'width: 1000px');
    const seen = textsOf(atlas, (root) => root.querySelector('.skeleton .checking')?.textContent);
    const labels = textsOf(atlas, (root) => root.querySelector('.skeleton')?.getAttribute('aria-label'));
    const ready = waitFor(atlas, 'relations-ready', 60000);
    atlas.data = dataset(30000);
    await ready;
    expect(countsIn(seen).filter((n) => n > 0 && n < 60000).length).to.be.greaterThan(2);
    // The visible line and the name screen readers hear say the same.
    expect(labels.filter((text) => text.startsWith('Checking'))).to.deep.equal(seen);
    expect(atlas.shadowRoot!.querySelector('.skeleton')).to.equal(null);
  });
});
