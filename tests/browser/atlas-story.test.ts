import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/atlas/atlas.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.js';
import type { RelationsStepEvent } from '../../src/bus/dom-events.js';
import { parseEdtf } from '../../src/data/edtf.js';
import { axeViolations, DATA_URL, mount, shadowQuery, unmountAll, until, waitFor } from './atlas-helpers.js';

const DAY = 86_400_000;

async function mountAtlas(): Promise<RelationsAtlas> {
  const atlas = mount<RelationsAtlas>(`<relations-atlas src="${DATA_URL}"></relations-atlas>`);
  await waitFor(atlas, 'relations-ready');
  await atlas.updateComplete;
  await until(() => Boolean(atlas.views.map?.leafletMap && atlas.views.timeline?.range), 'the views');
  return atlas;
}

function windowIs(atlas: RelationsAtlas, index: number): boolean {
  const when = parseEdtf(atlas.loadedData!.story!.steps[index].window);
  const range = atlas.views.timeline?.rangeTimes;
  return Boolean(
    when.ok && range && Math.abs(range.start - when.value.start) <= DAY && Math.abs(range.end - when.value.end) <= DAY,
  );
}

const tourText = (atlas: RelationsAtlas, selector: string) => shadowQuery(atlas, selector)?.textContent?.trim();

describe('<relations-atlas> Story mode', () => {
  afterEach(unmountAll);

  it('"Start the story" shows step 1 of 9 in every view; ← → and Page Up / Down move; Escape returns to exploring', async () => {
    const atlas = await mountAtlas();
    const start = shadowQuery<HTMLButtonElement>(atlas, '.start-story')!;
    expect(start.textContent!.trim()).to.equal('Start the story');
    const first = waitFor<RelationsStepEvent>(atlas, 'relations-step');
    start.click();
    expect((await first).detail).to.deep.equal({ index: 0, id: 'recognition-1991' });
    await atlas.updateComplete;
    expect(tourText(atlas, '.tour-count')).to.equal('1 of 9');
    expect(tourText(atlas, '.tour-title')).to.equal('1991: two recognitions, three months apart');
    expect(shadowQuery<HTMLProgressElement>(atlas, '.tour progress')!.value).to.equal(1);
    await until(() => windowIs(atlas, 0), 'the first window');
    expect(atlas.views.timeline!.highlightedEventIds).to.include('diplomacy-lt-recognizes-az-1991-12-20');
    expect(atlas.shadowRoot!.activeElement?.classList.contains('tour-next')).to.equal(true);

    await sendKeys({ press: 'ArrowRight' });
    await atlas.updateComplete;
    expect(tourText(atlas, '.tour-count')).to.equal('2 of 9');
    await until(() => windowIs(atlas, 1), 'the second window');
    await sendKeys({ press: 'PageDown' });
    await atlas.updateComplete;
    expect(tourText(atlas, '.tour-count')).to.equal('3 of 9');
    await sendKeys({ press: 'ArrowLeft' });
    await atlas.updateComplete;
    expect(tourText(atlas, '.tour-count')).to.equal('2 of 9');
    expect(await axeViolations(atlas)).to.deep.equal([]);

    await sendKeys({ press: 'Escape' });
    await atlas.updateComplete;
    expect(shadowQuery(atlas, '.tour')).to.equal(null);
    await until(
      () => atlas.shadowRoot!.activeElement?.classList.contains('start-story') === true,
      'focus back on Start',
    );
  });

  it('with sync-url, #step=3 opens the story at step 3 without taking focus, and the step is written back', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#step=3`);
    try {
      const atlas = mount<RelationsAtlas>(`<relations-atlas src="${DATA_URL}" sync-url></relations-atlas>`);
      const reached = waitFor<RelationsStepEvent>(atlas, 'relations-step');
      expect((await reached).detail).to.deep.equal({ index: 2, id: 'offices-2007' });
      await atlas.updateComplete;
      expect(tourText(atlas, '.tour-count')).to.equal('3 of 9');
      expect(atlas.shadowRoot!.activeElement).to.equal(null);
      await until(() => windowIs(atlas, 2), 'the third window');
      shadowQuery<HTMLButtonElement>(atlas, '.tour-next')!.click();
      await until(() => location.hash.includes('step=4'), 'step 4 in the address');
      shadowQuery<HTMLButtonElement>(atlas, '.tour-exit')!.click();
      await until(() => !location.hash.includes('step='), 'no step in the address once exploring');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('offers no story for a data set without one', async () => {
    const atlas = mount<RelationsAtlas>('<relations-atlas></relations-atlas>');
    atlas.data = { events: [{ id: 'a', date: '2000', title: 'A', places: [] }], places: [] };
    await atlas.updateComplete;
    expect(shadowQuery(atlas, '.start-story')).to.equal(null);
  });
});
