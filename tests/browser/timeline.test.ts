import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/timeline/timeline.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import type { RelationsRangeEvent, RelationsSelectEvent } from '../../src/bus/dom-events.js';
import { getChannel } from '../../src/bus/channel.js';
import { checkDataset } from '../../src/data/check-dataset.js';
import {
  axeViolations,
  clickCentre,
  DATA_URL,
  frame,
  mount,
  shadowQuery,
  shadowQueryAll,
  unmountAll,
  until,
  waitFor,
} from './atlas-helpers.js';

const SIZE = 'width: 960px; height: 360px';

async function mountTimeline(attributes: string, data?: unknown): Promise<RelationsTimeline> {
  const timeline = mount<RelationsTimeline>(`<relations-timeline ${attributes}></relations-timeline>`, SIZE);
  const ready = waitFor(timeline, 'relations-ready');
  if (data !== undefined) timeline.data = data;
  await ready;
  await frame();
  return timeline;
}

const markIds = (timeline: Element) =>
  shadowQueryAll(timeline, '[data-event-id]').map((el) => el.getAttribute('data-event-id')!);
const mark = (timeline: Element, id: string) =>
  shadowQuery<SVGGElement>(timeline, `[data-event-id="${CSS.escape(id)}"]`);

function small(extra: object[] = []) {
  return {
    meta: { title: 'Small', categories: { diplomacy: 'Diplomacy', visit: 'Visits' } },
    events: [
      { id: 'year-2005', date: '2005', title: 'A year-only event', category: 'diplomacy', places: ['baku'] },
      { id: 'day-2003', date: '2003-04-01', title: 'A day', category: 'visit', places: ['baku', 'vilnius'] },
      { id: 'range-2008', date: '2008-03/2008-09', title: 'Months', category: 'visit', places: ['vilnius'] },
      { id: 'maybe-2010', date: '2010?', title: 'Uncertain year', category: 'diplomacy', places: [] },
      ...extra,
    ],
    places: [
      { id: 'baku', name: 'Baku', lat: 40.4, lon: 49.9 },
      { id: 'vilnius', name: 'Vilnius', lat: 54.7, lon: 25.3 },
    ],
  };
}

describe('<relations-timeline>', () => {
  afterEach(() => unmountAll());

  it('draws one mark per AZ–LT event in the initial window', async () => {
    const timeline = await mountTimeline(`src="${DATA_URL}"`);
    const data = timeline.loadedData!;
    const { start, end } = timeline.range!;
    const expected = data.events
      .filter((e) => e.when.end > start.getTime() && e.when.start < end.getTime())
      .map((e) => e.id);
    expect(expected.length).to.equal(data.events.length);
    const ids = markIds(timeline);
    expect(ids.length).to.equal(new Set(ids).size);
    expect([...ids].sort()).to.deep.equal([...expected].sort());
    expect(shadowQueryAll(timeline, '.tick').length).to.be.greaterThan(3);
  });

  it('uses the start and end attributes for the initial window and shows only what is in it', async () => {
    const timeline = await mountTimeline(`src="${DATA_URL}" start="2007" end="2009"`);
    const { start, end } = timeline.range!;
    expect(start.toISOString().slice(0, 10)).to.equal('2007-01-01');
    expect(end.toISOString().slice(0, 10)).to.equal('2010-01-01');
    const expected = timeline.loadedData!.events.filter(
      (e) => e.when.end > start.getTime() && e.when.start < end.getTime(),
    );
    expect(markIds(timeline).sort()).to.deep.equal(expected.map((e) => e.id).sort());
  });

  it('fires relations-range when zoomed by zoomTo and by the wheel', async () => {
    const timeline = await mountTimeline(`src="${DATA_URL}"`);
    const ranges: RelationsRangeEvent[] = [];
    timeline.addEventListener('relations-range', (e) => ranges.push(e));
    timeline.zoomTo('2004', '2006');
    await until(() => ranges.length > 0, 'a range event');
    expect(ranges.at(-1)!.detail.start.toISOString().slice(0, 10)).to.equal('2004-01-01');
    expect(ranges.at(-1)!.detail.end.toISOString().slice(0, 10)).to.equal('2007-01-01');
    const before = ranges.length;
    const stage = shadowQuery<HTMLElement>(timeline, '.stage')!;
    const rect = stage.getBoundingClientRect();
    shadowQuery<HTMLElement>(timeline, '.plot')!.focus();
    for (let i = 0; i < 3; i++) {
      stage.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: 120,
          clientX: rect.x + 500,
          clientY: rect.y + 100,
          bubbles: true,
          cancelable: true,
        }),
      );
    }
    await until(() => ranges.length > before, 'a range event after the wheel');
    const last = ranges.at(-1)!.detail;
    expect(last.end.getTime() - last.start.getTime()).to.be.greaterThan(3 * 365 * 86_400_000);
    // At most one range event per frame: three wheel steps in one task make one event.
    expect(ranges.length - before).to.equal(1);
  });

  it('selects by click and by keyboard, firing relations-select with the ids', async () => {
    const timeline = await mountTimeline(`src="${DATA_URL}"`);
    const event = timeline.loadedData!.events.find((e) => e.category === 'visit' && e.when.from?.precision === 'day')!;
    timeline.zoomTo(new Date(event.when.start - 400 * 86_400_000), new Date(event.when.end + 400 * 86_400_000));
    await until(() => mark(timeline, event.id) !== null, 'the mark');
    await frame();
    const selections: RelationsSelectEvent[] = [];
    timeline.addEventListener('relations-select', (e) => selections.push(e));
    await clickCentre(mark(timeline, event.id)!);
    await until(() => selections.length === 1, 'a select event');
    // The host page is told the event's places too; the views select the event.
    expect(selections[0].detail).to.deep.equal({ eventIds: [event.id], placeIds: [...new Set(event.places)] });
    expect(event.places.length).to.be.greaterThan(0);
    expect(mark(timeline, event.id)!.getAttribute('aria-selected')).to.equal('true');
    expect(mark(timeline, event.id)!.hasAttribute('data-highlighted')).to.equal(true);

    const plot = shadowQuery<HTMLElement>(timeline, '.plot')!;
    plot.focus();
    await sendKeys({ press: 'ArrowRight' });
    await frame();
    const active = plot.getAttribute('aria-activedescendant')!;
    const focused = timeline.shadowRoot!.getElementById(active)!;
    const focusedId = focused.getAttribute('data-event-id')!;
    const events = timeline.loadedData!.events;
    expect(events.findIndex((e) => e.id === focusedId)).to.equal(events.findIndex((e) => e.id === event.id) + 1);
    await sendKeys({ press: 'Enter' });
    await until(() => selections.length === 2, 'a keyboard select');
    expect(selections[1].detail.eventIds).to.deep.equal([focusedId]);
    await until(
      () => (shadowQuery(timeline, '[aria-live]')?.textContent ?? '').includes('Selected'),
      'the announcement',
    );
    await sendKeys({ press: 'Escape' });
    await until(() => selections.length === 3, 'a clear');
    expect(selections[2].detail.eventIds).to.deep.equal([]);
    expect(timeline.highlightedEventIds).to.deep.equal([]);
  });

  it('moves between lanes with up and down and jumps to the ends with Home and End', async () => {
    const timeline = await mountTimeline('', small());
    const plot = shadowQuery<HTMLElement>(timeline, '.plot')!;
    plot.focus();
    const focusedId = () =>
      timeline.shadowRoot!.getElementById(plot.getAttribute('aria-activedescendant')!)?.getAttribute('data-event-id');
    await sendKeys({ press: 'Home' });
    await frame();
    expect(focusedId()).to.equal('day-2003');
    await sendKeys({ press: 'ArrowUp' });
    await frame();
    expect(focusedId()).to.equal('year-2005');
    await sendKeys({ press: 'End' });
    await frame();
    expect(focusedId()).to.equal('maybe-2010');
  });

  it('draws a year-only event across its whole year on the axis', async () => {
    const timeline = await mountTimeline('', small());
    timeline.zoomTo('2002', '2011');
    await frame();
    await frame();
    const ticks = shadowQueryAll<SVGGElement>(timeline, '.tick').map((tick) => ({
      time: Number(tick.getAttribute('data-time')),
      x: tick.querySelector('line')!.getBoundingClientRect().x,
    }));
    expect(ticks.length).to.be.greaterThan(2);
    const [a, b] = [ticks[0], ticks.at(-1)!];
    const xOf = (time: number) => a.x + ((time - a.time) / (b.time - a.time)) * (b.x - a.x);
    const rect = mark(timeline, 'year-2005')!.querySelector('rect')!.getBoundingClientRect();
    expect(rect.x).to.be.closeTo(xOf(Date.UTC(2005, 0, 1)), 1.5);
    expect(rect.x + rect.width).to.be.closeTo(xOf(Date.UTC(2006, 0, 1)), 1.5);
    const uncertain = mark(timeline, 'maybe-2010')!;
    expect(uncertain.classList.contains('uncertain')).to.equal(true);
    expect(uncertain.getAttribute('aria-label')).to.contain('uncertain');
  });

  it('shows the problems in bad data and still draws the good events', async () => {
    const bad = small([
      { id: 'bad-date', date: '2005-13-40', title: 'Bad date', category: 'visit', places: [] },
      { id: 'year-2005', date: '2007', title: 'Duplicate', category: 'visit', places: [] },
    ]);
    const timeline = mount<RelationsTimeline>('<relations-timeline></relations-timeline>', SIZE);
    const error = waitFor<CustomEvent>(timeline, 'relations-error');
    timeline.data = bad;
    const { detail } = await error;
    expect(detail.diagnostics.length).to.equal(2);
    await until(() => markIds(timeline).length === 4, 'the good marks');
    expect(markIds(timeline).sort()).to.deep.equal(['day-2003', 'maybe-2010', 'range-2008', 'year-2005']);
    expect(shadowQuery(timeline, '.status')!.textContent).to.contain('Some records could not be shown (2)');
    timeline.setAttribute('debug', '');
    await frame();
    const status = shadowQuery(timeline, '.status')!;
    expect(status.textContent).to.contain('2 problems skipped');
    expect(status.textContent).to.contain('bad-date');
  });

  it('renders a hostile title as text and creates no element from it', async () => {
    const hostile = '<img src=x onerror=window.__xss=1>';
    const timeline = await mountTimeline(
      '',
      small([{ id: 'xss', date: '2006', title: hostile, category: 'visit', places: [] }]),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(timeline.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    const label = mark(timeline, 'xss')!;
    expect(label.getAttribute('aria-label')).to.contain(hostile);
    const texts = shadowQueryAll(timeline, '.mark text').map((t) => t.textContent);
    expect(texts.some((t) => t?.includes('<img'))).to.equal(true);
  });

  it('has no axe violations', async () => {
    const timeline = await mountTimeline(`src="${DATA_URL}"`);
    shadowQuery<HTMLElement>(timeline, '.plot')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await frame();
    expect(await axeViolations(timeline)).to.deep.equal([]);
  });

  it('restores itself when removed and re-added, leaving no listeners or observers behind', async () => {
    const counts = { window: 0, document: 0, observers: 0 };
    const wrap = (target: EventTarget, key: 'window' | 'document') => {
      const add = target.addEventListener;
      const remove = target.removeEventListener;
      target.addEventListener = function (...args: Parameters<EventTarget['addEventListener']>) {
        counts[key]++;
        return add.apply(this, args);
      };
      target.removeEventListener = function (...args: Parameters<EventTarget['removeEventListener']>) {
        counts[key]--;
        return remove.apply(this, args);
      };
      return () => {
        target.addEventListener = add;
        target.removeEventListener = remove;
      };
    };
    const NativeObserver = window.ResizeObserver;
    class CountingObserver extends NativeObserver {
      override observe(target: Element, options?: ResizeObserverOptions) {
        counts.observers++;
        super.observe(target, options);
      }
      override disconnect() {
        counts.observers = 0;
        super.disconnect();
      }
    }
    window.ResizeObserver = CountingObserver;
    const unwrapWindow = wrap(window, 'window');
    const unwrapDocument = wrap(document, 'document');
    try {
      const timeline = await mountTimeline('', small());
      const host = timeline.parentElement!;
      expect(counts.observers).to.equal(1);
      timeline.zoomTo('2004', '2009');
      await frame();
      timeline.remove();
      expect(counts.window).to.equal(0);
      expect(counts.document).to.equal(0);
      expect(counts.observers).to.equal(0);
      host.append(timeline);
      await until(() => markIds(timeline).length > 0, 'marks after re-adding');
      expect(counts.observers).to.equal(1);
      expect(timeline.range!.start.toISOString().slice(0, 4)).to.equal('2004');
      const ranges: Event[] = [];
      timeline.addEventListener('relations-range', (e) => ranges.push(e));
      timeline.zoomTo('2003', '2006');
      await until(() => ranges.length > 0, 'zoom after re-adding');
      timeline.remove();
      expect(counts.window).to.equal(0);
      expect(counts.document).to.equal(0);
      expect(counts.observers).to.equal(0);
    } finally {
      unwrapWindow();
      unwrapDocument();
      window.ResizeObserver = NativeObserver;
    }
  });

  it('highlights what another sender selects on its channel, without firing relations-select or crossing channels', async () => {
    const data = checkDataset(small()).dataset;
    const one = await mountTimeline('channel="tl-one"', data);
    const two = await mountTimeline('channel="tl-two"', data);
    let fired = 0;
    for (const t of [one, two]) t.addEventListener('relations-select', () => fired++);
    getChannel('tl-one').select({ placeIds: ['vilnius'] });
    await until(() => one.highlightedEventIds.length === 2, 'highlight on channel one');
    await frame();
    const highlighted = shadowQueryAll(one, '[data-highlighted]')
      .map((el) => el.getAttribute('data-event-id'))
      .sort();
    expect(highlighted).to.deep.equal(['day-2003', 'range-2008']);
    expect(two.highlightedEventIds).to.deep.equal([]);
    expect(shadowQueryAll(two, '[data-highlighted]')).to.have.length(0);
    expect(fired).to.equal(0);
    // select() from the host tells the channel but fires no DOM event.
    const heard: string[][] = [];
    const off = getChannel('tl-two').subscribe((message) => {
      if (message.type === 'select') heard.push([...message.selection.eventIds]);
    });
    two.select({ eventIds: ['year-2005'] });
    off();
    expect(heard).to.deep.equal([['year-2005']]);
    expect(fired).to.equal(0);
    getChannel('tl-one').clearSelection();
  });

  it('hides lanes filtered out on the channel', async () => {
    const timeline = await mountTimeline('channel="tl-filter"', small());
    const others = timeline.loadedData!.categories.map((c) => c.id).filter((id) => id !== 'visit');
    getChannel('tl-filter').publish({ type: 'filter', hidden: others });
    await until(() => markIds(timeline).length === 2, 'only visits');
    expect(markIds(timeline).sort()).to.deep.equal(['day-2003', 'range-2008']);
    getChannel('tl-filter').publish({ type: 'filter', hidden: null });
  });

  it('bins dense views with counts instead of drawing every mark', async () => {
    const events = Array.from({ length: 3000 }, (_, i) => ({
      id: `e${i}`,
      date: `${1990 + (i % 30)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `Event ${i}`,
      category: ['diplomacy', 'visit', 'economy'][i % 3],
      places: [],
    }));
    const timeline = await mountTimeline('', { events, places: [] });
    expect(markIds(timeline).length).to.be.at.most(400);
    timeline.zoomTo('2000', '2000');
    await until(() => markIds(timeline).length > 0, 'marks when zoomed in');
    const { start, end } = timeline.range!;
    const inWindow = timeline.loadedData!.events.filter(
      (e) => e.when.end > start.getTime() && e.when.start < end.getTime(),
    );
    expect(markIds(timeline).sort()).to.deep.equal(inWindow.map((e) => e.id).sort());
  });

  it('looks the same (default view)', async () => {
    const timeline = await mountTimeline(`src="${DATA_URL}" lang="en"`);
    await frame();
    await visualDiff(timeline, 'timeline-default');
  });
});

describe('<relations-timeline> pointer and overview', () => {
  afterEach(() => unmountAll());

  it('shows a text tooltip on hover and tells the channel', async () => {
    const { hoverCentre } = await import('./atlas-helpers.js');
    const timeline = await mountTimeline('channel="tl-hover"', small());
    const hovers: unknown[] = [];
    const off = getChannel('tl-hover').subscribe((message) => {
      if (message.type === 'hover') hovers.push(message.selection);
    });
    await hoverCentre(mark(timeline, 'range-2008')!);
    await until(() => shadowQuery(timeline, '.tooltip') !== null, 'the tooltip');
    const tooltip = shadowQuery(timeline, '.tooltip')!;
    expect(tooltip.textContent).to.contain('Months');
    expect(tooltip.textContent).to.contain('2008');
    expect(hovers.at(-1)).to.deep.equal({ eventIds: ['range-2008'], placeIds: [] });
    off();
  });

  it('pans when the overview window is dragged', async () => {
    const { sendMouse } = await import('@web/test-runner-commands');
    const timeline = await mountTimeline('start="2004" end="2005"', small());
    const before = timeline.range!.start.getTime();
    const brush = shadowQuery<SVGRectElement>(timeline, '.brush')!;
    const rect = brush.getBoundingClientRect();
    const y = Math.round(rect.y + rect.height / 2);
    const x = Math.round(rect.x + rect.width / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 120, y] });
    await sendMouse({ type: 'up' });
    await until(() => timeline.range!.start.getTime() > before + 365 * 86_400_000, 'the window to move right');
  });
});

describe('<relations-timeline> gestures on the plot', () => {
  before(async () => {
    const { setViewport } = await import('@web/test-runner-commands');
    await setViewport({ width: 1200, height: 900 });
  });
  afterEach(() => unmountAll());

  it('pans with a mouse drag on the plot, and a drag that starts on a mark does not select it', async () => {
    const { sendMouse } = await import('@web/test-runner-commands');
    const timeline = await mountTimeline('start="2002" end="2009"', small());
    let selected = 0;
    timeline.addEventListener('relations-select', () => selected++);
    const before = timeline.range!;
    const target = mark(timeline, 'range-2008')!;
    const rect = target.getBoundingClientRect();
    const [x, y] = [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 60, y] });
    await sendMouse({ type: 'move', position: [x - 200, y] });
    await sendMouse({ type: 'up' });
    await until(() => timeline.range!.start.getTime() > before.start.getTime(), 'the window to move later');
    const after = timeline.range!;
    const span = (r: { start: Date; end: Date }) => r.end.getTime() - r.start.getTime();
    expect(Math.abs(span(after) - span(before)) / span(before)).to.be.lessThan(0.001);
    await frame();
    expect(selected).to.equal(0);
  });

  it('zooms in around the pointer with the wheel', async () => {
    const { sendMouse } = await import('@web/test-runner-commands');
    const timeline = await mountTimeline('start="2000" end="2010"', small());
    const stage = shadowQuery<HTMLElement>(timeline, '.stage')!;
    const rect = stage.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(rect.x + rect.width * 0.75), Math.round(rect.y + 40)] });
    const before = timeline.range!;
    shadowQuery<HTMLElement>(timeline, '.plot')!.focus();
    stage.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -300,
        clientX: rect.x + rect.width * 0.75,
        clientY: rect.y + 40,
        bubbles: true,
        cancelable: true,
      }),
    );
    await until(
      () =>
        timeline.range!.end.getTime() - timeline.range!.start.getTime() < before.end.getTime() - before.start.getTime(),
      'a narrower window',
    );
    expect(timeline.range!.start.getTime()).to.be.greaterThan(before.start.getTime());
  });
});

describe('<relations-timeline> on a strict page', () => {
  it('draws and zooms under a Content-Security-Policy without unsafe-inline, with Trusted Types', async () => {
    const policy = [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html',
    ].join('; ');
    const frame = document.createElement('iframe');
    frame.setAttribute('style', 'width: 960px; height: 420px; border: 0');
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${policy}"></head>
      <body><relations-timeline src="${DATA_URL}"></relations-timeline>
      <script type="module" src="/src/timeline/timeline.ts"></script></body></html>`;
    const violations: string[] = [];
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      doc.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.violatedDirective}: ${e.blockedURI}`),
      );
      const timeline = doc.querySelector('relations-timeline') as RelationsTimeline;
      await until(() => (timeline.shadowRoot?.querySelectorAll('[data-event-id]').length ?? 0) > 0, 'marks', 10000);
      timeline.zoomTo('2005', '2012');
      await until(() => timeline.range?.start.getUTCFullYear() === 2005, 'the zoom');
      timeline.select({ eventIds: [timeline.loadedData!.events[30].id] });
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Styles were applied through the CSSOM, which the policy allows (a style attribute string would be blocked).
      const plot = timeline.shadowRoot!.querySelector<HTMLElement>('.plot')!;
      expect(plot.style.left).to.match(/px$/);
      expect(plot.getBoundingClientRect().width).to.be.greaterThan(500);
      expect(violations, violations.join('\n')).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
