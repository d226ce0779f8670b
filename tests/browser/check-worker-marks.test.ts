import { expect } from '@esm-bundle/chai';
import { dataset } from '../../bench/dataset.js';
import '../../src/index.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { mount, unmountAll, waitFor } from './atlas-helpers.js';

/** A large `src` is indexed in slices after the worker's records arrive; the page's own use of the performance timeline
 * cannot break it (found in review). */
const BIG_URL = '/generated/marks-big.json';

describe('a large src indexed in slices after the worker', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
    unmountAll();
  });

  it('a page that clears its performance marks meanwhile still gets the data (no stuck "Checking…")', async function () {
    this.timeout(90000);
    const text = JSON.stringify(dataset(100000));
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) =>
      String(input) === BIG_URL
        ? new Response(text, { headers: { 'content-type': 'application/json' } })
        : realFetch(input, init);
    // A page's own performance tooling that empties the marks now and then (e.g. after sending them off).
    let stop = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      performance.clearMarks();
      if (!stop) channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
    let thrown: unknown = null;
    const unhandled = new Promise<void>((resolve) =>
      window.addEventListener(
        'unhandledrejection',
        (event) => {
          event.preventDefault();
          thrown = event.reason;
          resolve();
        },
        { once: true },
      ),
    );
    const view = mount<RelationsTimeline>(
      `<relations-timeline src="${BIG_URL}"></relations-timeline>`,
      'width: 800px; height: 300px',
    );
    await Promise.race([waitFor(view, 'relations-ready', 60000), unhandled]);
    stop = true;
    await view.updateComplete;
    expect(view.loading, `still loading; thrown: ${String(thrown)}`).to.equal(false);
    expect(view.shadowRoot!.querySelector('[part="status"]')).to.equal(null);
    expect(view.loadedData?.events.length).to.equal(100000);
  });
});
