import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import { frame, mount, shadowQuery, shadowQueryAll, unmountAll, until, waitFor } from './atlas-helpers.js';

/**
 * The atlas with many events (issue 15, item 1): the list draws a window of rows, not all of them; the total is
 * still announced (aria-rowcount), the keyboard reaches the last row, scrolling draws the rows scrolled to, and a
 * hidden list draws nothing.
 */

const N = 5000;

function manyEvents() {
  const places = [
    { id: 'a', name: 'Alpha', lat: 40, lon: 20 },
    { id: 'b', name: 'Beta', lat: 50, lon: 30 },
  ];
  const events = Array.from({ length: N }, (_, i) => ({
    id: `e${i}`,
    date: `${1900 + Math.floor(i / 50)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
    title: `Event number ${i}`,
    category: i % 2 ? 'visit' : 'trade',
    places: [i % 3 ? 'a' : 'b'],
  }));
  return { places, events };
}

async function bigAtlas(): Promise<RelationsAtlas> {
  const atlas = mount<RelationsAtlas>('<relations-atlas></relations-atlas>', 'width: 1100px');
  const ready = waitFor(atlas, 'relations-ready', 20000);
  atlas.data = manyEvents();
  await ready;
  await frame();
  return atlas;
}

const rowsOf = (table: Element) => shadowQueryAll<HTMLTableRowElement>(table, 'tbody tr[data-event-id]');

describe(`the atlas with ${N} events (issue 15, item 1)`, () => {
  afterEach(unmountAll);

  it('a hidden list draws nothing; the open list draws a window of rows and says how many there are', async () => {
    const atlas = await bigAtlas();
    const table = shadowQuery(atlas, 'relations-event-table')!;
    expect(table.shadowRoot!.querySelector('table')).to.equal(null);
    shadowQuery<HTMLButtonElement>(atlas, '#tab-list')!.click();
    await until(() => rowsOf(table).length > 0, 'the list drawn');
    expect(rowsOf(table).length).to.be.at.most(120);
    expect(table.shadowRoot!.querySelector('table')!.getAttribute('aria-rowcount')).to.equal(String(N + 1));
    expect(rowsOf(table)[0].getAttribute('aria-rowindex')).to.equal('2');
    // The rows not drawn keep their space: the list scrolls as far as all N rows would.
    const panel = shadowQuery<HTMLElement>(atlas, '#panel-list')!;
    expect(panel.scrollHeight).to.be.greaterThan(N * 20);
  });

  it('End moves the focus to the last event, drawn; scrolling to the middle draws the rows there', async () => {
    const atlas = await bigAtlas();
    shadowQuery<HTMLButtonElement>(atlas, '#tab-list')!.click();
    const table = shadowQuery(atlas, 'relations-event-table')!;
    await until(() => rowsOf(table).length > 0, 'the list drawn');
    rowsOf(table)[0].focus();
    await sendKeys({ press: 'End' });
    const focusedRow = () => table.shadowRoot!.activeElement?.getAttribute('aria-rowindex');
    await until(() => focusedRow() === String(N + 1), 'the last row focused');
    // The last row in time order.
    expect(table.shadowRoot!.activeElement!.getAttribute('data-event-id')).to.equal(
      atlas.loadedData!.events.at(-1)!.id,
    );
    await sendKeys({ press: 'Home' });
    await until(() => focusedRow() === '2', 'the first row focused');
    const panel = shadowQuery<HTMLElement>(atlas, '#panel-list')!;
    panel.scrollTop = panel.scrollHeight / 2;
    await until(() => {
      const drawn = rowsOf(table).map((row) => Number(row.getAttribute('aria-rowindex')));
      const box = panel.getBoundingClientRect();
      // A drawn row is in the middle of the panel's view.
      return (
        rowsOf(table).some((row) => {
          const r = row.getBoundingClientRect();
          return r.top <= box.top + box.height / 2 && r.bottom >= box.top + box.height / 2;
        }) && drawn[0] > 1000
      );
    }, 'rows drawn where the list is scrolled to');
    expect(rowsOf(table).length).to.be.at.most(120);
  });

  it('a selection far down the list brings its row into the window and view', async () => {
    const atlas = await bigAtlas();
    shadowQuery<HTMLButtonElement>(atlas, '#tab-list')!.click();
    const table = shadowQuery(atlas, 'relations-event-table')!;
    await until(() => rowsOf(table).length > 0, 'the list drawn');
    atlas.select({ eventIds: ['e4321'] });
    await until(() => !!table.shadowRoot!.querySelector('tr[data-event-id="e4321"][aria-selected="true"]'), 'the row');
  });
});

describe('the event list with a million events', () => {
  afterEach(unmountAll);

  it('scrolled to the very end, it draws the last event (the room for rows not drawn stays under the height cap)', async () => {
    const { checkDataset } = await import('../../src/data/check-dataset.js');
    const { dataset } = checkDataset({
      // A place makes each row two lines: a million rows at full height would pass Chromium's 33.5 million px.
      events: [{ id: 'e0', date: '2001-05-01', title: 'Event number 0', category: 'visit', places: ['a'] }],
      places: [{ id: 'a', name: 'Alpha', lat: 40, lon: 20 }],
    });
    const template = dataset.events[0];
    const COUNT = 1_000_000;
    // Copies of one checked event, one a minute apart: checking a million records would take the test's time.
    const events = Array.from({ length: COUNT }, (_, i) => ({
      ...template,
      id: `e${i}`,
      title: `Event number ${i}`,
      when: { ...template.when, start: template.when.start + i * 60000, end: template.when.end + i * 60000 },
    }));
    const scroller = mount<HTMLElement>(
      '<div style="height: 400px; overflow: auto"><relations-event-table></relations-event-table></div>',
      'width: 600px',
    );
    const table = scroller.querySelector('relations-event-table') as HTMLElement & {
      data: unknown;
      events: unknown;
      updateComplete: Promise<boolean>;
    };
    // A checked data set builds its maps on first use (getters, not own fields): name the one the list reads.
    table.data = { ...dataset, placeById: dataset.placeById, events, eventById: new Map(events.map((e) => [e.id, e])) };
    table.events = events;
    await table.updateComplete;
    await until(() => rowsOf(table).length > 0, 'the list drawn');
    scroller.scrollTop = scroller.scrollHeight;
    const last = () => table.shadowRoot!.querySelector<HTMLElement>(`tr[aria-rowindex="${COUNT + 1}"]`);
    await until(
      () => {
        const row = last();
        if (!row) {
          // The rows drawn move with the view; keep it at the end while they do.
          scroller.scrollTop = scroller.scrollHeight;
          return false;
        }
        const box = scroller.getBoundingClientRect();
        const r = row.getBoundingClientRect();
        return r.bottom <= box.bottom + 1 && r.top >= box.top - 1;
      },
      'the last row drawn and in view',
      10000,
    );
    expect(last()!.getAttribute('data-event-id')).to.equal(`e${COUNT - 1}`);
    expect(rowsOf(table).length).to.be.at.most(120);
  });
});
