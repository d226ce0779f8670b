import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import { DATA_URL, frame, mount, shadowQuery, shadowQueryAll, unmountAll, until, waitFor } from './atlas-helpers.js';

/** The search box reaches the views: the timeline and the map show only what it matches, like the category chips. */

async function mountAtlas(): Promise<RelationsAtlas> {
  const atlas = mount<RelationsAtlas>(`<relations-atlas src="${DATA_URL}"></relations-atlas>`);
  await waitFor(atlas, 'relations-ready');
  await frame();
  return atlas;
}

const marks = (atlas: RelationsAtlas) =>
  shadowQueryAll(shadowQuery(atlas, 'relations-timeline'), '[data-event-id]').map((m) =>
    m.getAttribute('data-event-id')!,
  );
const shownPlaces = (atlas: RelationsAtlas) =>
  shadowQueryAll<HTMLElement>(shadowQuery(atlas, 'relations-map'), '[data-place-id]')
    .filter((m) => !m.closest('[data-filtered]') && !m.hasAttribute('data-filtered'))
    .map((m) => m.dataset.placeId!);

async function type(atlas: RelationsAtlas, text: string): Promise<void> {
  const search = shadowQuery<HTMLInputElement>(atlas, '#search')!;
  search.focus();
  search.select();
  if (text) await sendKeys({ type: text });
  else await sendKeys({ press: 'Backspace' });
  await frame();
  await frame();
}

describe('<relations-atlas> search', () => {
  afterEach(() => unmountAll());

  it('the timeline draws only the matches, the map only their places, and clearing brings all back', async () => {
    const atlas = await mountAtlas();
    await until(() => marks(atlas).length === 73, 'every mark');
    const all = 73;
    await type(atlas, 'Adamkus');
    const matches = atlas.loadedData!.events.filter((e) => JSON.stringify(e).includes('Adamkus')).map((e) => e.id);
    expect(matches.length).to.be.greaterThan(1);
    await until(
      () => marks(atlas).length === shadowQueryAll(shadowQuery(atlas, 'relations-event-table'), 'tbody tr').length,
      'the timeline to match the list',
    );
    expect(marks(atlas).length).to.be.lessThan(10);
    for (const id of marks(atlas)) expect(JSON.stringify(atlas.loadedData!.eventById.get(id))).to.contain('Adamkus');
    const places = new Set(marks(atlas).flatMap((id) => atlas.loadedData!.eventById.get(id)!.places));
    const shown = shownPlaces(atlas);
    for (const id of shown) {
      const events = atlas.loadedData!.eventsByPlace.get(id) ?? [];
      if (events.length > 0) expect(places.has(id), id).to.equal(true);
    }
    await type(atlas, 'zzzz');
    await until(() => marks(atlas).length === 0, 'no marks');
    expect(shadowQuery(atlas, '.count')!.textContent).to.contain('0 of 73');
    await type(atlas, '');
    await until(() => marks(atlas).length === all, 'every mark back');
  });
});

describe('<relations-atlas> URL state with sync-url', () => {
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('search and hidden categories join the hash and come back from it; unknown ids are dropped from it', async () => {
    history.replaceState(
      null,
      '',
      '#events=no-such-event,community-odlar-yurdu-founded-1988&q=Adamkus&hide=culture,nonsense',
    );
    const atlas = mount<RelationsAtlas>(`<relations-atlas src="${DATA_URL}" sync-url></relations-atlas>`);
    await waitFor(atlas, 'relations-ready');
    await until(() => !location.hash.includes('no-such-event'), 'the unknown id dropped from the hash');
    expect(shadowQuery<HTMLInputElement>(atlas, '#search')!.value).to.equal('Adamkus');
    const culture = shadowQueryAll<HTMLButtonElement>(atlas, '.chip').find((c) => c.textContent!.includes('Culture'))!;
    expect(culture.getAttribute('aria-pressed')).to.equal('false');
    expect(location.hash).to.contain('q=Adamkus').and.to.contain('hide=culture').and.not.to.contain('nonsense');
    await until(
      () =>
        marks(atlas).length > 0 &&
        marks(atlas).every((id) => JSON.stringify(atlas.loadedData!.eventById.get(id)).includes('Adamkus')),
      'the search applied to the timeline',
    );
    expect(location.hash).to.contain('events=community-odlar-yurdu-founded-1988');
  });

  it('a Copy link button puts the address with the view on the clipboard', async () => {
    const atlas = mount<RelationsAtlas>(`<relations-atlas src="${DATA_URL}" sync-url></relations-atlas>`);
    await waitFor(atlas, 'relations-ready');
    await frame();
    let copied = '';
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    try {
      shadowQuery<HTMLButtonElement>(atlas, '.copy-link')!.click();
      await until(() => copied !== '', 'the copy');
      expect(copied).to.equal(location.href);
      await until(() => shadowQuery(atlas, '[aria-live]')!.textContent!.includes('Link copied.'), 'the announcement');
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    const plain = mount<RelationsAtlas>(`<relations-atlas src="${DATA_URL}"></relations-atlas>`);
    await waitFor(plain, 'relations-ready');
    expect(shadowQuery(plain, '.copy-link')).to.equal(null);
  });
});

describe('<relations-atlas> map badges', () => {
  afterEach(() => unmountAll());

  it('two-digit count badges stay on one line inside the atlas (its overflow-wrap does not reach the views)', async () => {
    const atlas = mount<RelationsAtlas>(`<relations-atlas src="${DATA_URL}"></relations-atlas>`);
    await waitFor(atlas, 'relations-ready');
    const map = shadowQuery(atlas, 'relations-map')!;
    const badges = () => shadowQueryAll<HTMLElement>(map, '.badge').filter((b) => b.textContent!.trim().length >= 2);
    await until(() => badges().length >= 2, 'the two-digit badges of Vilnius and Baku');
    for (const badge of badges()) {
      const box = badge.getBoundingClientRect();
      expect(box.width, badge.textContent!).to.be.greaterThan(box.height);
      expect(box.height, badge.textContent!).to.be.lessThan(16);
    }
    expect(getComputedStyle(map).overflowWrap).to.equal('normal');
    // The legend explains the badges and the visit arrows next to the symbols and the twinning line.
    const legend = (shadowQuery(map, '.legend')!.textContent ?? '').replace(/\s+/g, ' ');
    expect(legend)
      .to.contain('Events at the place')
      .and.to.contain('Twinning')
      .and.to.contain('A selected visit, from where to where');
    expect(getComputedStyle(atlas).overflowWrap).to.equal('anywhere');
  });
});

describe('<relations-atlas> twin towns', () => {
  afterEach(() => unmountAll());

  it('a twin town names its twin in the details, which selects it, and the map lights up their link', async () => {
    const atlas = mount<RelationsAtlas>(`<relations-atlas src="${DATA_URL}"></relations-atlas>`);
    await waitFor(atlas, 'relations-ready');
    atlas.select({ placeIds: ['siauliai'] });
    const panel = shadowQuery(atlas, 'relations-details-panel')!;
    await until(() => panel.shadowRoot!.querySelector('.twins') !== null, 'the twins line');
    const twins = panel.shadowRoot!.querySelector('.twins')!;
    expect(twins.textContent!.replace(/\s+/g, ' ')).to.contain('Twinned with:').and.to.contain('Shamkir');
    const map = shadowQuery(atlas, 'relations-map')!;
    await until(() => shadowQueryAll(map, '.twin-link.highlighted').length === 1, 'one highlighted link');
    expect(shadowQueryAll(map, '.twin-link')).to.have.length(3);
    twins.querySelector<HTMLButtonElement>('button')!.click();
    await until(() => panel.shadowRoot!.querySelector('article[data-place-id="shamkir"]') !== null, 'Shamkir selected');
  });
});
