import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { DATA_URL, frame, mount, shadowQuery, shadowQueryAll, unmountAll, until, waitFor } from './atlas-helpers.js';

const YEAR = 365.25 * 86_400_000;

async function mountAtlas(): Promise<RelationsAtlas> {
  const atlas = mount<RelationsAtlas>(`<relations-atlas src="${DATA_URL}"></relations-atlas>`);
  await waitFor(atlas, 'relations-ready');
  await frame();
  return atlas;
}

describe('<relations-atlas> playback', () => {
  afterEach(() => unmountAll());

  it('Play selects the first event and frames its start; Escape stops it', async () => {
    const atlas = await mountAtlas();
    const timeline = shadowQuery<RelationsTimeline>(atlas, 'relations-timeline')!;
    const play = shadowQueryAll<HTMLButtonElement>(atlas, '.search button').find((b) =>
      b.textContent!.includes('Play'),
    )!;
    play.click();
    const first = [...atlas.loadedData!.events].sort((a, b) => a.when.start - b.when.start)[0];
    await until(() => atlas.views.timeline!.highlightedEventIds.join() === first.id, 'the first event selected');
    await until(
      () => timeline.range !== null && Math.abs(timeline.range.start.getTime() - (first.when.start - YEAR)) < 1000,
      'the window framing it',
    );
    expect(timeline.range!.end.getTime() - timeline.range!.start.getTime()).to.be.at.most(5 * YEAR + 1000);
    expect(play.getAttribute('aria-pressed')).to.equal('true');
    play.focus();
    await sendKeys({ press: 'Escape' });
    await until(() => play.getAttribute('aria-pressed') === 'false', 'playback to stop');
    expect(play.textContent).to.contain('Play');
  });
});

describe('<relations-atlas> announcements', () => {
  afterEach(() => unmountAll());

  it('a selection in a view is announced once, by the atlas', async () => {
    const { clickCentre } = await import('./atlas-helpers.js');
    const atlas = await mountAtlas();
    const timeline = shadowQuery<RelationsTimeline>(atlas, 'relations-timeline')!;
    const event = atlas.loadedData!.events.find((e) => e.category === 'diplomacy')!;
    const shape = () => shadowQuery(timeline, `[data-event-id="${CSS.escape(event.id)}"] .shape`);
    await until(() => shape() !== null, 'the mark');
    await clickCentre(shape()!);
    const live = () =>
      [atlas, timeline, shadowQuery(atlas, 'relations-map')!].map(
        (el) => el.shadowRoot!.querySelector('[aria-live="polite"]')?.textContent?.trim() ?? '',
      );
    await until(() => live()[0].includes(event.title), 'the atlas announcement');
    expect(live().filter((text) => text.includes('Selected'))).to.have.length(1);
  });
});
