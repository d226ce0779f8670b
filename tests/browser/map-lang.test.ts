import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import type { RelationsMap } from '../../src/map/map.component.js';
import { DATA_URL, mount, shadowQuery, unmountAll, waitFor } from './atlas-helpers.js';

const bakuLabel = (map: Element | null) => shadowQuery(map, '[data-place-id="baku"] .label')?.textContent;

describe('the map’s language', () => {
  let pageLang: string;
  beforeEach(() => (pageLang = document.documentElement.lang));
  afterEach(() => {
    document.documentElement.lang = pageLang;
    unmountAll();
  });

  it('inside an atlas with no lang of its own, the map names places in the page’s language (<html lang="az">: Bakı)', async () => {
    document.documentElement.lang = 'az';
    const atlas = mount<RelationsAtlas>(`<relations-atlas src="${DATA_URL}"></relations-atlas>`);
    await waitFor(atlas, 'relations-ready');
    const map = shadowQuery<RelationsMap>(atlas, 'relations-map')!;
    await map.updateComplete;
    expect(map.hasAttribute('lang') && map.getAttribute('lang') !== '', 'the atlas forces no lang on the map').to.equal(
      false,
    );
    expect(bakuLabel(map)).to.equal('Bakı');
  });

  it('inside an atlas with lang="en" on a page in Azerbaijani, the atlas’s own language wins (Baku)', async () => {
    document.documentElement.lang = 'az';
    const atlas = mount<RelationsAtlas>(`<relations-atlas src="${DATA_URL}" lang="en"></relations-atlas>`);
    await waitFor(atlas, 'relations-ready');
    const map = shadowQuery<RelationsMap>(atlas, 'relations-map')!;
    await map.updateComplete;
    expect(bakuLabel(map)).to.equal('Baku');
  });

  it('a lone map takes the nearest ancestor’s lang, and its own lang (property set before connecting) over that', async () => {
    const inherit = mount<RelationsMap>(
      `<relations-map src="${DATA_URL}" style="width: 600px; height: 400px"></relations-map>`,
    );
    inherit.parentElement!.lang = 'az';
    await waitFor(inherit, 'relations-ready');
    expect(bakuLabel(inherit)).to.equal('Bakı');
    const own = document.createElement('relations-map');
    own.style.cssText = 'width: 600px; height: 400px';
    // Data given as an object is indexed in the first update, before Lit reflects `lang` to the attribute.
    own.data = await (await fetch(DATA_URL)).json();
    own.lang = 'en';
    const host = mount<HTMLElement>('<div lang="az"></div>');
    const ready = waitFor(own, 'relations-ready');
    host.append(own);
    await ready;
    expect(bakuLabel(own)).to.equal('Baku');
  });
});
