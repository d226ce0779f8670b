import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/timeline/timeline.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { getChannel } from '../../src/bus/channel.js';
import {
  DATA_URL,
  frame,
  hoverCentre,
  mount,
  shadowQuery,
  shadowQueryAll,
  unmountAll,
  until,
  waitFor,
} from './atlas-helpers.js';

/** Labels a reader can read: one full label at a time, on top; marks that never overlap; names that are cut say all. */

async function mountTimeline(attributes: string, height = 360): Promise<RelationsTimeline> {
  const timeline = mount<RelationsTimeline>(
    `<relations-timeline src="${DATA_URL}" ${attributes}></relations-timeline>`,
    `width: 960px; height: ${height}px`,
  );
  await waitFor(timeline, 'relations-ready');
  await frame();
  return timeline;
}

const callouts = (timeline: Element) => shadowQueryAll<SVGGElement>(timeline, '.callout');

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('<relations-timeline> labels', () => {
  afterEach(() => unmountAll());

  it('a place hovered in another view rings its events without drawing their full labels', async () => {
    const timeline = await mountTimeline('channel="labels-1"');
    getChannel('labels-1').publish({ type: 'hover', selection: { eventIds: [], placeIds: ['baku'] } });
    await frame();
    const baku = timeline.loadedData!.eventsByPlace.get('baku')!;
    expect(baku.length).to.be.greaterThan(40);
    const rung = shadowQueryAll(timeline, '.mark.hovered').map((m) => m.getAttribute('data-event-id'));
    expect(rung.sort()).to.deep.equal(baku.map((e) => e.id).sort());
    expect(callouts(timeline)).to.have.length(0);
  });

  it('the event under the pointer gets one full label on a halo, drawn above every mark', async () => {
    const timeline = await mountTimeline('');
    const event = timeline.loadedData!.events.find((e) => e.title.length > 60)!;
    const shape = shadowQuery(timeline, `[data-event-id="${CSS.escape(event.id)}"] .shape`)!;
    await hoverCentre(shape);
    await until(() => callouts(timeline).length === 1, 'a callout');
    const callout = callouts(timeline)[0];
    expect(callout.textContent!.trim()).to.equal(event.title);
    // Last in the marks layer, so nothing is painted over it.
    const layer = callout.parentElement!;
    expect(layer.lastElementChild).to.equal(callout);
    expect(callout.getAttribute('aria-hidden')).to.equal('true');
    // Inside the plot.
    const plot = shadowQuery(timeline, '.plot')!.getBoundingClientRect();
    const box = callout.querySelector('rect')!.getBoundingClientRect();
    expect(box.left).to.be.at.least(plot.left - 0.5);
    expect(box.right).to.be.at.most(plot.right + 0.5);
  });

  it('the keyboard focus gets the callout, and on the first Tab too', async () => {
    const timeline = await mountTimeline('');
    shadowQuery<HTMLElement>(timeline, '.plot')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await frame();
    const plot = shadowQuery<HTMLElement>(timeline, '.plot')!;
    const focused = timeline.shadowRoot!.getElementById(plot.getAttribute('aria-activedescendant')!)!;
    const title = timeline.loadedData!.eventById.get(focused.dataset.eventId!)!.title;
    expect(callouts(timeline).map((c) => c.textContent!.trim())).to.deep.equal([title]);
  });

  for (const height of [320, 360, 240]) {
    it(`no two marks overlap at ${height} px high (busy lanes grow or bin)`, async () => {
      const timeline = await mountTimeline('', height);
      const boxes = shadowQueryAll(timeline, '[data-event-id] .shape').map((shape) => ({
        id: shape.parentElement!.getAttribute('data-event-id'),
        box: shape.getBoundingClientRect(),
      }));
      expect(boxes.length).to.be.greaterThan(0);
      const clashes: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++)
          if (overlaps(boxes[i].box, boxes[j].box)) clashes.push(`${boxes[i].id} × ${boxes[j].id}`);
      }
      expect(clashes, clashes.join('\n')).to.deep.equal([]);
      // Every event is either drawn or counted in a bin.
      const binned = shadowQueryAll(timeline, '[data-event-id]').length;
      expect(binned).to.be.at.most(73);
    });
  }

  it('a lane name that is cut off keeps the full name as its tooltip', async () => {
    const timeline = await mountTimeline('');
    const names = shadowQueryAll<SVGTextElement>(timeline, '.lane-name');
    const cut = names.filter((n) => n.textContent!.includes('…'));
    expect(cut.map((n) => n.querySelector('title')!.textContent)).to.deep.equal([
      'International cooperation',
      'Culture, education and science',
      'Azerbaijani community in Lithuania',
    ]);
    for (const name of cut)
      expect(
        name.querySelector('title')!.textContent!.startsWith(name.lastChild!.textContent!.replace('…', '')),
      ).to.equal(true);
    const whole = names.find((n) => n.textContent === 'Diplomacy')!;
    expect(whole.querySelector('title')).to.equal(null);
  });
});

describe('<relations-timeline> clicks', () => {
  afterEach(() => unmountAll());

  it('a click on empty space clears the selection (and tells the page); a click there with nothing selected says nothing', async () => {
    const { sendMouse } = await import('@web/test-runner-commands');
    const timeline = await mountTimeline('');
    const selects: { eventIds: readonly string[] }[] = [];
    timeline.addEventListener('relations-select', (e) => selects.push((e as CustomEvent).detail));
    const empty = async () => {
      const plot = shadowQuery(timeline, '.plot')!.getBoundingClientRect();
      // The top-left corner of the plot: before the first event (1988) and above its lane.
      await sendMouse({ type: 'click', position: [Math.round(plot.left + 4), Math.round(plot.top + 3)] });
      await frame();
    };
    await empty();
    expect(selects).to.deep.equal([]);
    timeline.select({ eventIds: [timeline.loadedData!.events[5].id] });
    await frame();
    expect(timeline.highlightedEventIds).to.have.length(1);
    await empty();
    expect(selects.map((s) => s.eventIds)).to.deep.equal([[]]);
    expect(timeline.highlightedEventIds).to.deep.equal([]);
  });
});

describe('<relations-timeline> key', () => {
  afterEach(() => unmountAll());

  it('the Key button explains points, bars, dashed, dotted, arrows and bins, drawn like the marks', async () => {
    const { clickCentre } = await import('./atlas-helpers.js');
    const timeline = await mountTimeline('');
    const summary = shadowQuery<HTMLElement>(timeline, '.key summary')!;
    const before = timeline.range!.start.getTime();
    await clickCentre(summary);
    await until(() => shadowQuery<HTMLDetailsElement>(timeline, '.key')!.open, 'the key open');
    const items = shadowQueryAll(timeline, '.key-list li span').map((span) => span.textContent!.trim());
    expect(items).to.deep.equal([
      'An event on one day',
      'A month, a year or a period: its whole extent',
      'Dashed: the date is uncertain',
      'Dotted: the date is approximate',
      'Arrow: still going on, or no known end',
      'A shaded cell: that many events; click to zoom in',
    ]);
    // The glyphs use the marks' own styles: the uncertain one is dashed.
    const dashed = shadowQuery(timeline, '.key-list .uncertain .shape')!;
    expect(getComputedStyle(dashed).strokeDasharray).to.equal('3px, 2px');
    // Opening the key is not a gesture on the timeline.
    expect(timeline.range!.start.getTime()).to.equal(before);
    const { axeViolations } = await import('./atlas-helpers.js');
    expect(await axeViolations(timeline)).to.deep.equal([]);
  });
});

describe('<relations-timeline> series values on a phone', () => {
  afterEach(() => unmountAll());

  it('at 390 px the trade values still show, as many as fit without overlapping', async () => {
    const timeline = mount<RelationsTimeline>(
      `<relations-timeline src="${DATA_URL}"></relations-timeline>`,
      'width: 390px; height: 360px',
    );
    await waitFor(timeline, 'relations-ready');
    await frame();
    const values = shadowQueryAll(timeline, '.series-value').map((v) => v.getBoundingClientRect());
    expect(values.length).to.be.greaterThan(1);
    for (let i = 1; i < values.length; i++) expect(values[i].left).to.be.at.least(values[i - 1].right);
  });
});
