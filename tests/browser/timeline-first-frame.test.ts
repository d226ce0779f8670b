import { expect } from '@esm-bundle/chai';
import '../../src/timeline/timeline.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { mount, shadowQueryAll, unmountAll } from './atlas-helpers.js';

// Issue 14: the first frame the browser paints after a timeline is added shows its data (it used to paint an empty
// timeline, then wait a frame for the ResizeObserver's size, then another for the toolbar's measured place).

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

function data() {
  return {
    meta: { title: 'First frame', categories: { visit: 'Visits' } },
    events: [
      { id: 'a', date: '2003-04-01', title: 'A', category: 'visit', places: [] },
      { id: 'b', date: '2008-03/2008-09', title: 'B', category: 'visit', places: [] },
    ],
    places: [],
  };
}

describe('<relations-timeline> first frame', () => {
  afterEach(() => unmountAll());

  it('is ready, with its marks and year ticks, before the first animation frame after it was added', async () => {
    const timeline = mount<RelationsTimeline>(
      '<relations-timeline></relations-timeline>',
      'width: 960px; height: 360px',
    );
    let ready = false;
    timeline.addEventListener('relations-ready', () => (ready = true), { once: true });
    timeline.data = data();
    await nextFrame();
    expect(ready).to.equal(true);
    expect(shadowQueryAll(timeline, '[data-event-id]').map((m) => m.getAttribute('data-event-id'))).to.have.members([
      'a',
      'b',
    ]);
    expect(shadowQueryAll(timeline, '.tick-label').length).to.be.greaterThan(2);
    expect(timeline.range).to.not.equal(null);
  });

  it('draws again after that frame only when something changed (the observer reports the size it already has)', async () => {
    const timeline = mount<RelationsTimeline>(
      '<relations-timeline></relations-timeline>',
      'width: 960px; height: 360px',
    );
    timeline.data = data();
    await nextFrame();
    await timeline.updateComplete;
    let updates = 0;
    const counting = timeline as unknown as { update(changed: unknown): void };
    const update = counting.update.bind(timeline);
    counting.update = (changed) => {
      updates++;
      update(changed);
    };
    await nextFrame();
    await nextFrame();
    await nextFrame();
    expect(updates).to.equal(0);
    // A size that does change is taken, and drawn.
    timeline.parentElement!.style.width = '700px';
    await nextFrame();
    await nextFrame();
    await timeline.updateComplete;
    expect(updates).to.be.greaterThan(0);
    expect(shadowQueryAll<SVGSVGElement>(timeline, 'svg.under')[0].getAttribute('width')).to.equal('700');
  });
});
