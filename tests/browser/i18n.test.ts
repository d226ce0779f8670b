import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import {
  DATA_URL,
  axeViolations,
  frame,
  mount,
  shadowQuery,
  shadowQueryAll,
  unmountAll,
  until,
  waitFor,
} from './atlas-helpers.js';

/** The interface speaks the reader's language, chosen by the element's lang or the page's. */

const LIST: Record<string, string> = { de: 'Liste (73)', az: 'Siyahı (73)', lt: 'Sąrašas (73)', ru: 'Список (73)' };

/** Mounted, drawn, and speaking `lang` (its catalogue is fetched on first use). */
async function mountAtlas(lang: string): Promise<RelationsAtlas> {
  const atlas = mount<RelationsAtlas>(`<relations-atlas src="${DATA_URL}" lang="${lang}"></relations-atlas>`);
  await waitFor(atlas, 'relations-ready');
  await until(() => (shadowQuery(atlas, '#tab-list')?.textContent ?? '').trim() === LIST[lang], `the atlas in ${lang}`);
  await frame();
  return atlas;
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe("the interface in the reader's language", () => {
  afterEach(() => unmountAll());

  it('German: toolbar, tabs, panel, table, timeline and map say it in German, plurals included', async () => {
    const atlas = await mountAtlas('de');
    const timeline = shadowQuery(atlas, 'relations-timeline')!;
    const map = shadowQuery(atlas, 'relations-map')!;
    await until(() => shadowQueryAll(timeline, '[data-event-id]').length > 0, 'the marks');
    expect(text(shadowQuery(atlas, '.count'))).to.equal('73 von 73 Ereignisse');
    expect(shadowQuery<HTMLInputElement>(atlas, '#search')!.placeholder).to.equal('Ereignisse, Personen, Orte suchen');
    expect(text(shadowQuery(atlas, '#tab-details'))).to.equal('Details');
    expect(text(shadowQuery(atlas, '#tab-list'))).to.equal('Liste (73)');
    expect(text(shadowQuery(atlas, 'legend'))).to.equal('Kategorien');
    const panel = shadowQuery(atlas, 'relations-details-panel')!;
    expect(text(panel.shadowRoot!.querySelector('.empty'))).to.contain('Wählen Sie ein Ereignis');
    expect(text(shadowQuery(timeline, '.key summary'))).to.equal('Legende');
    expect(shadowQuery(timeline, '.plot')!.getAttribute('aria-label')).to.match(/^Zeitleiste mit 73 Ereignisse/);
    expect(text(shadowQuery(timeline, '.overview-name'))).to.equal('Gesamter Zeitraum');
    const legend = text(shadowQuery(map, '.legend'));
    expect(legend).to.contain('Hauptstadt').and.to.contain('Botschaft').and.to.contain('Städtepartnerschaft');
    expect(shadowQuery(map, '.map')!.getAttribute('aria-label')).to.match(/^Karte mit \d+ Orte/);
    // The dates on the axis and in the aria-labels are German too.
    expect(shadowQueryAll(timeline, '[data-event-id]')[0].getAttribute('aria-label')).to.match(/\d{4}/);
    atlas.select({ placeIds: ['baku'] });
    await until(
      () => text(shadowQuery(atlas, '[aria-live]')).startsWith('Ausgewählt: Baku'),
      'the German announcement',
    );
    expect(await axeViolations(atlas)).to.deep.equal([]);
  });

  it('Azerbaijani: month names even where the browser has none, Bakı on the map', async () => {
    const atlas = await mountAtlas('az');
    // The list draws its rows once its tab is open.
    shadowQuery<HTMLButtonElement>(atlas, '#tab-list')!.click();
    const table = shadowQuery(atlas, 'relations-event-table')!;
    await until(() => !!table.shadowRoot!.querySelector('td.date'), 'the list drawn');
    const dates = [...table.shadowRoot!.querySelectorAll('td.date')].map((td) => td.textContent!);
    expect(
      dates.some((d) => /iyun|yanvar|fevral|mart|aprel|may|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr/.test(d)),
    ).to.equal(true);
    expect(dates.some((d) => /M\d\d/.test(d))).to.equal(false);
    expect(text(shadowQuery(atlas, '#tab-list'))).to.equal('Siyahı (73)');
    const map = shadowQuery(atlas, 'relations-map')!;
    expect(text(shadowQuery(map, '[data-place-id="baku"]'))).to.contain('Bakı');
  });

  it('Lithuanian and Russian plural forms in the count', async () => {
    const lt = await mountAtlas('lt');
    expect(text(shadowQuery(lt, '.count'))).to.equal('73 iš 73 įvykiai');
    const ru = await mountAtlas('ru');
    expect(text(shadowQuery(ru, '.count'))).to.equal('73 из 73 события');
  });

  it('without a lang of its own, the atlas follows the page', async () => {
    document.documentElement.lang = 'de';
    try {
      const atlas = mount<RelationsAtlas>(`<relations-atlas src="${DATA_URL}"></relations-atlas>`);
      await waitFor(atlas, 'relations-ready');
      await until(() => text(shadowQuery(atlas, '#tab-list')) === 'Liste (73)', 'German from the page');
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});
