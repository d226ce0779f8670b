import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { frame, mount, shadowQuery, shadowQueryAll, unmountAll, until, waitFor } from './atlas-helpers.js';
import { auditDom } from './hostile-data.js';

/** TimelineJS3's own files (tests/fixtures/timelinejs) given to the elements through `src`, as an author would. */

const FIXTURES = '/tests/fixtures/timelinejs';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

async function mountAtlas(src: string): Promise<RelationsAtlas> {
  const atlas = mount<RelationsAtlas>(`<relations-atlas src="${src}"></relations-atlas>`);
  await waitFor(atlas, 'relations-ready');
  await until(() => shadowQuery(timelineOf(atlas), '[data-event-id]') !== null, 'the timeline drawn');
  await frame();
  return atlas;
}

const timelineOf = (atlas: Element) => shadowQuery<RelationsTimeline>(atlas, 'relations-timeline');
async function openTab(atlas: Element, tab: 'list' | 'details'): Promise<void> {
  shadowQuery<HTMLButtonElement>(atlas, `#tab-${tab}`)!.click();
  await frame();
}

const tableRows = (atlas: Element) =>
  shadowQueryAll(shadowQuery(atlas, 'relations-event-table'), 'tbody tr[data-event-id]');

/** Every shadow root under a node, depth first. */
function shadowRoots(root: Element | ShadowRoot): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) roots.push(element.shadowRoot, ...shadowRoots(element.shadowRoot));
  }
  return roots;
}

describe('TimelineJS files in the elements', () => {
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('my-own-timeline.csv (the Google Sheets template): all 10 events in the table and on the timeline', async () => {
    const atlas = await mountAtlas(`${FIXTURES}/my-own-timeline.csv`);
    expect(atlas.loadedData?.meta.title).to.equal('MY OWN CSV');
    await openTab(atlas, 'list');
    await until(() => tableRows(atlas).length === 10, 'ten table rows');
    const marks = shadowQueryAll(timelineOf(atlas), '[data-event-id]').map((m) => m.getAttribute('data-event-id'));
    expect(new Set(marks).size).to.equal(10);
    expect(marks).to.include('ada-lovelace-1815-12-10_1852-11-27');
  });

  it('houston-timeline3.json: 18 events in the table, and the title slide is the header', async () => {
    const atlas = await mountAtlas(`${FIXTURES}/houston-timeline3.json`);
    await openTab(atlas, 'list');
    await until(() => tableRows(atlas).length === 18, 'eighteen table rows');
    expect(shadowQuery(atlas, 'h2')?.textContent?.trim()).to.equal('Whitney Houston 1963 - 2012');
  });

  it('eras.json: each era band starts at scale(era start) and ends at scale(era end), within 1 px', async () => {
    const timeline = mount<RelationsTimeline>(
      `<relations-timeline src="${FIXTURES}/eras.json" style="height: 320px"></relations-timeline>`,
      'width: 900px',
    );
    await waitFor(timeline, 'relations-ready');
    await until(() => shadowQueryAll(timeline, '.era-band').length === 3, 'three era bands');
    timeline.zoomTo('0590', '0730');
    await frame();
    const range = timeline.range!;
    const [start, end] = [range.start.getTime(), range.end.getTime()];
    const plot = shadowQuery<HTMLElement>(timeline, '.plot')!.getBoundingClientRect();
    const scale = (time: number) => plot.left + ((time - start) / (end - start)) * plot.width;
    const eras = timeline.loadedData!.eras;
    const bands = shadowQueryAll<SVGRectElement>(timeline, '.era-band');
    expect(bands).to.have.length(3);
    eras.forEach((era, i) => {
      const box = bands[i].getBoundingClientRect();
      expect(Math.abs(box.left - scale(era.when.start)), `${era.id} left`).to.be.at.most(1);
      expect(Math.abs(box.right - scale(era.when.end)), `${era.id} right`).to.be.at.most(1);
    });
    const labels = shadowQueryAll(timeline, '.era-label').map((t) => t.textContent);
    expect(labels).to.deep.equal(['Era Test 600-650', 'Era Test 650-700', 'Era Test 700-720']);
    // Decoration, not content: the layer is inside the aria-hidden SVG and nothing in it takes focus.
    expect(shadowQuery(timeline, '.eras')!.closest('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(shadowQueryAll(timeline, '.eras [tabindex]')).to.have.length(0);
  });

  it('a display_date is what the details panel, the table and the timeline say for the date', async () => {
    const atlas = mount<RelationsAtlas>('<relations-atlas></relations-atlas>');
    const ready = waitFor(atlas, 'relations-ready');
    atlas.data = {
      title: { text: { headline: 'Display dates' } },
      events: [
        {
          start_date: { year: '1815', month: '12', day: '10', display_date: 'Winter, 1815' },
          text: { headline: 'Born' },
        },
        { start_date: { year: '1843' }, text: { headline: 'Notes published' } },
      ],
    };
    await ready;
    await openTab(atlas, 'list');
    await until(() => tableRows(atlas).length === 2, 'two table rows');
    const born = atlas.loadedData!.events[0];
    expect(born.displayDate).to.equal('Winter, 1815');
    const row = tableRows(atlas).find((r) => r.getAttribute('data-event-id') === born.id)!;
    expect(row.querySelector('td.date')!.textContent).to.equal('Winter, 1815');
    await openTab(atlas, 'details');
    atlas.select({ eventIds: [born.id] });
    const panel = shadowQuery(atlas, 'relations-details-panel');
    await until(() => shadowQuery(panel, `article[data-event-id="${born.id}"] time`) !== null, 'the details');
    expect(shadowQuery(panel, `article[data-event-id="${born.id}"] time`)!.textContent).to.equal('Winter, 1815');
    await until(() => shadowQuery(timelineOf(atlas), `[data-event-id="${born.id}"]`) !== null, 'the mark');
    expect(shadowQuery(timelineOf(atlas), `[data-event-id="${born.id}"]`)!.getAttribute('aria-label')).to.equal(
      'Born, Winter, 1815, Other',
    );
  });

  for (const file of ['hostile.json', 'hostile.csv']) {
    it(`${file}: no script runs, no <script> or on* attribute reaches a shadow root, and the text survives`, async () => {
      delete window.__pwned;
      const atlas = await mountAtlas(`/tests/fixtures/timelinejs-hostile/${file}`);
      const first = atlas.loadedData!.events.find((e) => e.title === 'First')!;
      atlas.select({ eventIds: [first.id] });
      const panel = shadowQuery(atlas, 'relations-details-panel');
      await until(() => (panel?.shadowRoot?.textContent ?? '').includes('First'), 'the details');
      // Give any injected image a chance to fail and fire its handler before looking.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await frame();
      expect(window.__pwned).to.equal(undefined);
      const roots = [atlas.shadowRoot!, ...shadowRoots(atlas.shadowRoot!)];
      const problems = roots.flatMap((root) => auditDom(root));
      expect(problems).to.deep.equal([]);
      for (const root of roots) {
        expect(root.querySelectorAll('script, iframe')).to.have.length(0);
      }
      const text = panel!.shadowRoot!.textContent ?? '';
      // The display date is plain text wherever it is shown: its markup is read, not run.
      expect(text).to.contain('<img src=x onerror="window.__pwned = \'date\'">');
    });
  }
});
