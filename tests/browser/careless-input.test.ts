import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import type { RelationsMap } from '../../src/map/map.component.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { frame, mount, shadowQuery, shadowQueryAll, unmountAll, until, waitFor } from './atlas-helpers.js';

/**
 * Careless and hostile input from the page and the data (issue 15): a `lang` that is no language tag or names an
 * Object.prototype member, and category ids such as `constructor`, still give every event drawn, real names and
 * colours, and nothing uncaught.
 */

const dataset = (categories: readonly string[]) => ({
  meta: { title: 'Prototype names' },
  places: [
    { id: 'baku', name: { en: 'Baku', az: 'Bakı' }, country: 'AZ', lat: 40.4, lon: 49.87, kinds: ['capital'] },
    { id: 'vilnius', name: 'Vilnius', country: 'LT', lat: 54.69, lon: 25.28, kinds: ['capital'] },
  ],
  events: categories.map((category, i) => ({
    id: `e${i}`,
    date: `${2000 + i}-05-01`,
    title: `Event ${i}`,
    category,
    places: ['baku', 'vilnius'],
  })),
});

async function atlasWith(attributes: string, data: unknown): Promise<RelationsAtlas> {
  const atlas = mount<RelationsAtlas>(`<relations-atlas ${attributes}></relations-atlas>`, 'width: 1000px');
  const ready = waitFor(atlas, 'relations-ready');
  atlas.data = data;
  await ready;
  await frame();
  return atlas;
}

const NATIVE = /function|\[native code\]|undefined|\[object/;

describe('careless input (issue 15)', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    unmountAll();
  });

  for (const lang of ['en_US', 'i-klingon', 'xx-<script>', 'toString', 'constructor', '__proto__', 'valueOf', ' ']) {
    it(`lang="${lang}": every event drawn, real place names, English words, nothing thrown`, async () => {
      const atlas = await atlasWith(`lang="${lang.replace(/</g, '&lt;')}"`, dataset(['diplomacy', 'visit', 'economy']));
      const timeline = shadowQuery<RelationsTimeline>(atlas, 'relations-timeline')!;
      const map = shadowQuery<RelationsMap>(atlas, 'relations-map')!;
      await until(() => shadowQueryAll(timeline, '[data-event-id]').length === 3, 'three marks');
      await until(() => shadowQueryAll(map, '[data-place-id]').length === 2, 'two markers');
      const names = shadowQueryAll(map, '[data-place-id] .label').map((label) => label.textContent!.trim());
      expect(names.sort()).to.deep.equal(['Baku', 'Vilnius']);
      expect(shadowQuery(atlas, '#tab-details')!.textContent!.trim()).to.equal('Details');
      const text = atlas.shadowRoot!.textContent! + timeline.shadowRoot!.textContent! + map.shadowRoot!.textContent!;
      expect(text).not.to.match(NATIVE);
      expect(errors).to.deep.equal([]);
    });
  }

  it('category ids named like Object.prototype members get labels, lane names and colours of their own', async () => {
    const ids = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'];
    const atlas = await atlasWith('', dataset(ids));
    const timeline = shadowQuery<RelationsTimeline>(atlas, 'relations-timeline')!;
    await until(() => shadowQueryAll(timeline, '[data-event-id]').length === 4, 'four marks');
    const chips = shadowQueryAll<HTMLButtonElement>(atlas, '.chips button, [part~="chip"], .chip');
    const chipNames = chips.map((chip) => (chip.getAttribute('aria-label') ?? chip.textContent!).trim());
    expect(chipNames).to.have.length(4);
    for (const name of chipNames) expect(name).to.match(/^(Constructor|ToString|ValueOf|HasOwnProperty)\b/);
    const lanes = shadowQueryAll(timeline, '.lane-name').map((lane) => lane.textContent!.trim());
    expect(lanes.sort()).to.deep.equal(['Constructor', 'HasOwnProperty', 'ToString', 'ValueOf']);
    // Each mark is painted in a palette colour, not the black of a function value turned into a colour.
    for (const shape of shadowQueryAll<SVGElement>(timeline, '[data-event-id] .shape')) {
      const fill = getComputedStyle(shape).fill;
      expect(fill).to.match(/^rgb/);
      expect(fill).not.to.equal('rgb(0, 0, 0)');
    }
    expect(atlas.shadowRoot!.textContent! + timeline.shadowRoot!.textContent!).not.to.match(NATIVE);
    expect(errors).to.deep.equal([]);
  });
});

describe('long strings are bounded where they are shown (issue 15, item 6)', () => {
  afterEach(unmountAll);

  it('a 20,000-character category, country, title and description: chips, legend and header stay small', async () => {
    const long = (word: string) => `${word} `.repeat(2000).trim().slice(0, 20000);
    const atlas = await atlasWith('', {
      ...dataset(['visit', 'diplomacy']),
      meta: {
        title: long('Title'),
        description: long('Description'),
        parties: [
          { country: 'AZ', name: long('Azerbaijan') },
          { country: 'LT', name: 'Lithuania' },
        ],
        categories: { visit: long('Visit'), diplomacy: 'Diplomacy' },
      },
    });
    const chips = shadowQueryAll<HTMLElement>(atlas, '.chip');
    const [longChip, shortChip] = chips;
    expect(longChip.getBoundingClientRect().height).to.be.closeTo(shortChip.getBoundingClientRect().height, 1);
    expect(longChip.getBoundingClientRect().width).to.be.at.most(atlas.getBoundingClientRect().width);
    expect(longChip.title).to.equal(long('Visit'));
    expect(longChip.textContent!.trim()).to.equal(long('Visit'));
    const header = shadowQuery(atlas, 'header')!;
    expect(header.getBoundingClientRect().height).to.be.below(260);
    expect(shadowQuery<HTMLElement>(atlas, 'header h2')!.title).to.equal(long('Title'));
    const map = shadowQuery<RelationsMap>(atlas, 'relations-map')!;
    const legend = shadowQuery(map, '.legend')!.getBoundingClientRect();
    expect(legend.height).to.be.below(map.getBoundingClientRect().height / 2);
    // The views are still near the top: nothing long pushed them below the fold.
    expect(
      shadowQuery(atlas, 'relations-timeline')!.getBoundingClientRect().top - atlas.getBoundingClientRect().top,
    ).to.be.below(520);
  });
});

describe('bounded drawing (issue 15, item 14)', () => {
  afterEach(unmountAll);

  it('an event at 60 places lists 24 of them in the details, then says how many more', async () => {
    const places = Array.from({ length: 60 }, (_, i) => ({
      id: `p${i}`,
      name: `Place ${i}`,
      lat: 40 + i / 10,
      lon: 20 + i / 5,
    }));
    const atlas = await atlasWith('', {
      places,
      events: [{ id: 'tour', date: '2006', title: 'A long tour', category: 'visit', places: places.map((p) => p.id) }],
    });
    atlas.select({ eventIds: ['tour'] });
    const panel = shadowQuery(atlas, 'relations-details-panel')!;
    await until(() => !!panel.shadowRoot?.textContent?.includes('A long tour'), 'the event in the panel');
    expect(panel.shadowRoot!.querySelectorAll('ul.chips[aria-label="Places"] li')).to.have.length(24);
    expect([...panel.shadowRoot!.querySelectorAll('p.meta')].map((p) => p.textContent!.trim())).to.include(
      'and 36 more places.',
    );
  });
});
