import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { RelationsMap } from '../../src/map/map.component.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { DATA_URL, mount, unmountAll, waitFor } from './atlas-helpers.js';

/** Two views given the same `src` on one page fetch and check it once (issue 14, item 2). */

describe('views with the same src', () => {
  const realFetch = window.fetch;
  let calls: string[] = [];
  let hold: (() => void) | null = null;
  beforeEach(() => {
    calls = [];
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(String(input));
      if (hold === null) return realFetch(input, init);
      // Held until the test lets it go, so a view can leave while the fetch is under way.
      await new Promise<void>((resolve) => {
        const release = hold!;
        hold = () => {
          release();
          resolve();
        };
      });
      return realFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
    hold = null;
    unmountAll();
  });

  it('a timeline and a map with one src: one fetch, one checked data set shared by both', async () => {
    const timeline = mount<RelationsTimeline>(
      `<relations-timeline src="${DATA_URL}"></relations-timeline>`,
      'width: 800px; height: 300px',
    );
    const map = mount<RelationsMap>(`<relations-map src="${DATA_URL}"></relations-map>`, 'width: 800px; height: 400px');
    await Promise.all([waitFor(timeline, 'relations-ready'), waitFor(map, 'relations-ready')]);
    expect(calls).to.deep.equal([DATA_URL]);
    expect(timeline.loadedData).to.equal(map.loadedData);
  });

  it('one view leaving while the fetch is under way does not stop it for the other', async () => {
    hold = () => {};
    const first = mount<RelationsTimeline>(
      `<relations-timeline src="${DATA_URL}"></relations-timeline>`,
      'width: 800px; height: 300px',
    );
    const second = mount<RelationsTimeline>(
      `<relations-timeline src="${DATA_URL}"></relations-timeline>`,
      'width: 800px; height: 300px',
    );
    await first.updateComplete;
    await second.updateComplete;
    first.parentElement!.remove();
    const ready = waitFor(second, 'relations-ready');
    hold();
    await ready;
    expect(calls).to.have.length(1);
    expect(second.loadedData!.events.length).to.be.greaterThan(50);
  });
});
