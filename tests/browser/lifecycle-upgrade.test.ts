import { expect } from '@esm-bundle/chai';
// Nothing here may define the elements: they are defined by the `import()` inside the test, after the page set them up.
import { getChannel } from '../../src/bus/channel.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import type { RelationsMap } from '../../src/map/map.component.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { DATA_URL, shadowQuery, shadowQueryAll, until } from './atlas-helpers.js';

/**
 * Properties set before the element is defined: a page (or a framework) that creates the elements and sets their
 * properties before the library's script has run. After the upgrade each value must reach the element's own
 * property, not stay behind as a plain instance property that shadows it.
 */

const small = {
  meta: { title: 'Small' },
  events: [
    { id: 'e1', date: '2001-05', title: 'A visit', category: 'visit', places: ['baku'] },
    { id: 'e2', date: '2005', title: 'An embassy opens', category: 'diplomacy', places: ['vilnius'] },
  ],
  places: [
    { id: 'baku', name: { en: 'Baku', az: 'Bakı' }, lat: 40.4093, lon: 49.8671, kinds: ['capital'] },
    { id: 'vilnius', name: 'Vilnius', lat: 54.6872, lon: 25.2797, kinds: ['capital'] },
  ],
};

describe('lifecycle: properties set before the elements are defined', function () {
  this.timeout(30000);
  const made: HTMLElement[] = [];
  after(() => {
    for (const element of made) element.remove();
  });

  it('are honoured after the upgrade: data, channel, bus, src and lang, whether connected at definition or later', async () => {
    expect(customElements.get('relations-timeline'), 'defined too early').to.equal(undefined);
    const raw = await (await fetch(DATA_URL)).json();
    const place = (tag: string, setup: (element: Record<string, unknown>) => void, connect = true) => {
      const element = document.createElement(tag);
      element.style.cssText = 'display: block; width: 900px';
      setup(element as unknown as Record<string, unknown>);
      if (connect) document.body.append(element);
      made.push(element);
      return element;
    };
    const timeline = place('relations-timeline', (el) => {
      el.data = raw;
      el.channel = 'early';
    });
    const map = place('relations-map', (el) => {
      el.src = DATA_URL;
      el.channel = 'early';
      el.lang = 'az';
    });
    const onBus = place('relations-timeline', (el) => {
      el.data = small;
      el.bus = getChannel('early-bus');
    });
    const atlas = place('relations-atlas', (el) => {
      el.src = DATA_URL;
      el.channel = 'early-atlas';
    });
    // Created and set up before the definition, connected only after it.
    const later = place(
      'relations-map',
      (el) => {
        el.data = small;
        el.channel = 'early';
      },
      false,
    );

    await import('../../src/index.js');
    document.body.append(later);

    for (const [element, names] of [
      [timeline, ['data', 'channel']],
      [map, ['src', 'channel']],
      [onBus, ['data', 'bus']],
      [atlas, ['src', 'channel']],
      [later, ['data', 'channel']],
    ] as const) {
      for (const name of names) {
        expect(
          Object.prototype.hasOwnProperty.call(element, name),
          `${element.localName}.${name} left as an own property`,
        ).to.equal(false);
      }
    }
    expect((timeline as RelationsTimeline).data).to.equal(raw);
    expect(timeline.getAttribute('channel')).to.equal('early');
    expect((map as RelationsMap).src).to.equal(DATA_URL);
    expect((onBus as RelationsTimeline).bus).to.equal(getChannel('early-bus'));

    // Each draws its data.
    await until(() => shadowQueryAll(timeline, '[data-event-id]').length > 10, 'the timeline draws the data property');
    await until(() => shadowQueryAll(map, '[data-place-id]').length > 10, 'the map loads its src');
    await until(() => shadowQueryAll(onBus, '[data-event-id]').length === 2, 'the timeline on a bus draws its data');
    await until(() => shadowQueryAll(later, '[data-place-id]').length === 2, 'the map connected later draws its data');
    const { timeline: inner } = (atlas as RelationsAtlas).views;
    await until(() => shadowQueryAll(inner, '[data-event-id]').length > 10, 'the atlas loads its src');

    // lang (an attribute underneath, since HTMLElement owns `lang`) names the places.
    expect((map as RelationsMap).lang).to.equal('az');
    expect(shadowQuery(map, '[data-place-id="baku"]')?.textContent).to.contain('Bakı');

    // The channel and the bus set early are the ones joined.
    getChannel('early').select({ placeIds: ['baku'] });
    await until(() => (map as RelationsMap).highlightedPlaceIds.includes('baku'), 'the map on "early" follows');
    await until(
      () => (timeline as RelationsTimeline).highlightedEventIds.length > 0,
      'the timeline on "early" follows',
    );
    await until(() => (later as RelationsMap).highlightedPlaceIds.includes('baku'), 'the later map on "early" follows');
    expect((onBus as RelationsTimeline).highlightedEventIds).to.deep.equal([]);
    getChannel('early-bus').select({ eventIds: ['e2'] });
    await until(
      () => (onBus as RelationsTimeline).highlightedEventIds.includes('e2'),
      'the timeline on its bus follows',
    );
    getChannel('early-atlas').select({ placeIds: ['vilnius'] });
    await until(
      () => (atlas as RelationsAtlas).views.map?.highlightedPlaceIds.includes('vilnius') ?? false,
      'the atlas follows',
    );

    // And the properties still work as properties afterwards.
    (timeline as RelationsTimeline).data = small;
    await until(() => shadowQueryAll(timeline, '[data-event-id]').length === 2, 'new data replaces the old');
  });
});
