import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { DATA_URL, frame, mount, shadowQuery, unmountAll, until, waitFor } from './atlas-helpers.js';

/** The `sync-url` hash as another page or a careless link writes it (issue 15, item 10). */

async function atlasWithHash(hash: string): Promise<RelationsAtlas> {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  const atlas = mount<RelationsAtlas>(`<relations-atlas src="${DATA_URL}" sync-url></relations-atlas>`);
  await waitFor(atlas, 'relations-ready');
  await until(() => shadowQuery(shadowQuery(atlas, 'relations-timeline'), '[data-event-id]') !== null, 'marks');
  await frame();
  return atlas;
}

const timelineOf = (atlas: RelationsAtlas) => shadowQuery<RelationsTimeline>(atlas, 'relations-timeline')!;
const year = (date: Date | undefined) => date?.toISOString().slice(0, 10);
/** The atlas's current selection (private state; a test reads it to see what was applied). */
const selectionOf = (atlas: RelationsAtlas) =>
  (atlas as unknown as { selection: { eventIds: string[]; placeIds: string[] } | null }).selection;

describe('the URL hash (issue 15, item 10)', () => {
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('a link with a selection and a window restores exactly that window, even with the event outside it', async () => {
    const atlas = await atlasWithHash('#events=diplomacy-az-recognizes-lt-1991-09-10&from=2010-01-01&to=2015-01-01');
    const timeline = timelineOf(atlas);
    await until(() => year(timeline.range?.start) === '2010-01-01', 'the window of the link', 4000).catch(() => {});
    expect(year(timeline.range?.start)).to.equal('2010-01-01');
    expect(year(timeline.range?.end)).to.equal('2015-01-01');
    expect(selectionOf(atlas)?.eventIds).to.deep.equal(['diplomacy-az-recognizes-lt-1991-09-10']);
    // And the address still says what it said.
    await until(() => location.hash.includes('from=2010-01-01'), 'the hash kept', 2000).catch(() => {});
    expect(location.hash).to.contain('from=2010-01-01&to=2015-01-01');
  });

  it('a burst of hashchange events is applied once a frame, the last one winning', async () => {
    const atlas = await atlasWithHash('');
    let applied = 0;
    atlas.addEventListener('relations-select', () => applied++);
    const ids = atlas.loadedData!.events.slice(0, 50).map((e) => e.id);
    for (const id of ids) {
      history.replaceState(null, '', `#events=${id}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
    // Nothing applied yet: one apply, in the next frame, of the last hash.
    expect(selectionOf(atlas)).to.equal(null);
    await frame();
    await atlas.updateComplete;
    expect(selectionOf(atlas)?.eventIds).to.deep.equal([ids[ids.length - 1]]);
    // Applying a link is not a reader's selection: no relations-select.
    expect(applied).to.equal(0);
  });

  it('a 2 MB id is not read: the hash is capped, nothing is selected, the page stays fine', async () => {
    const atlas = await atlasWithHash(`#events=${'x'.repeat(2_000_000)}`);
    expect(selectionOf(atlas)).to.equal(null);
  });

  it('unknown ids are dropped: nothing is selected and the details say so', async () => {
    const atlas = await atlasWithHash('#events=no-such-event&places=nowhere');
    expect(selectionOf(atlas)).to.equal(null);
    const details = shadowQuery(atlas, 'relations-details-panel')!;
    await until(() => !!details.shadowRoot?.textContent?.includes('Select an event'), 'the overview');
    await until(() => !location.hash.includes('no-such-event'), 'the hash cleaned');
  });
});
