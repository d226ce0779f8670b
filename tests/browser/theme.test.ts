import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import { DATA_URL, frame, mount, shadowQuery, unmountAll, waitFor } from './atlas-helpers.js';

/** `theme`: light by default whatever the system says, dark on its own surface, auto following the system. */

const rgb = (color: string) =>
  color
    .match(/[\d.]+/g)!
    .slice(0, 4)
    .map(Number);
function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

async function mountAtlas(theme: string | null): Promise<RelationsAtlas> {
  const atlas = mount<RelationsAtlas>(
    `<relations-atlas src="${DATA_URL}" ${theme ? `theme="${theme}"` : ''}></relations-atlas>`,
    'width: 1100px; background: #ffffff',
  );
  await waitFor(atlas, 'relations-ready');
  await frame();
  return atlas;
}

/** What the title is drawn on: the atlas's own background, else the (white) page's. */
function titleContrast(atlas: RelationsAtlas): number {
  const title = getComputedStyle(shadowQuery(atlas, 'h2')!).color;
  const own = getComputedStyle(atlas).backgroundColor;
  const behind = rgb(own)[3] === 0 ? 'rgb(255, 255, 255)' : own;
  return contrast(title, behind);
}

describe('theme', () => {
  afterEach(async () => {
    unmountAll();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('stays light on a light page when the system is dark (the default)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const atlas = await mountAtlas(null);
    expect(atlas.getAttribute('theme')).to.equal('light');
    expect(getComputedStyle(shadowQuery(atlas, 'h2')!).color).to.equal('rgb(29, 35, 41)');
    expect(titleContrast(atlas)).to.be.greaterThan(7);
    const timeline = shadowQuery(atlas, 'relations-timeline')!;
    expect(getComputedStyle(shadowQuery(timeline, '.frame')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('dark draws on its own dark surface, in every view', async () => {
    const atlas = await mountAtlas('dark');
    expect(getComputedStyle(atlas).backgroundColor).to.equal('rgb(22, 25, 29)');
    expect(titleContrast(atlas)).to.be.greaterThan(7);
    const timeline = shadowQuery(atlas, 'relations-timeline')!;
    expect(timeline.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(shadowQuery(timeline, '.frame')!).backgroundColor).to.equal('rgb(22, 25, 29)');
    const map = shadowQuery(atlas, 'relations-map')!;
    expect(getComputedStyle(map).getPropertyValue('--_sea').trim()).to.equal('#1a2129');
    // Every text keeps its contrast on the dark palette (axe's colour-contrast among the rest), also with a selection.
    const { axeViolations } = await import('./atlas-helpers.js');
    expect(await axeViolations(atlas)).to.deep.equal([]);
    atlas.select({ placeIds: ['baku'] });
    await frame();
    expect(await axeViolations(atlas)).to.deep.equal([]);
  });

  it('auto follows the system setting', async () => {
    const atlas = await mountAtlas('auto');
    expect(getComputedStyle(atlas).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    await emulateMedia({ colorScheme: 'dark' });
    await frame();
    expect(getComputedStyle(atlas).backgroundColor).to.equal('rgb(22, 25, 29)');
    expect(titleContrast(atlas)).to.be.greaterThan(7);
  });
});

describe('sizes independent of the host page', () => {
  afterEach(() => {
    unmountAll();
    document.documentElement.style.fontSize = '';
  });

  it('html { font-size: 62.5% } changes no text size inside the atlas; --relations-font-size scales it', async () => {
    document.documentElement.style.fontSize = '62.5%';
    const atlas = await mountAtlas(null);
    const size = (el: Element) => getComputedStyle(el).fontSize;
    expect(size(atlas)).to.equal('15px');
    expect(size(shadowQuery(atlas, 'h2')!)).to.equal('26px');
    const panel = shadowQuery(atlas, 'relations-details-panel')!;
    const panelText = panel.shadowRoot!.querySelector('p') ?? panel;
    expect(parseFloat(size(panelText))).to.be.at.least(13);
    const table = shadowQuery(atlas, 'relations-event-table')!;
    expect(parseFloat(size(table.shadowRoot!.querySelector('td, th, li') ?? table))).to.be.at.least(12);
    atlas.style.setProperty('--relations-font-size', '18px');
    await frame();
    expect(size(atlas)).to.equal('18px');
    expect(size(shadowQuery(atlas, 'h2')!)).to.equal('31.2px');
  });
});

describe('print', () => {
  afterEach(async () => {
    unmountAll();
    await emulateMedia({ media: 'screen' });
  });

  it('prints the current view and the selected event without controls or the list', async () => {
    const atlas = await mountAtlas(null);
    const event = atlas.loadedData!.events[3];
    atlas.select({ eventIds: [event.id] });
    shadowQuery<HTMLButtonElement>(atlas, '#tab-list')!.click();
    await frame();
    await emulateMedia({ media: 'print' });
    await frame();
    const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';
    expect(shown(shadowQuery(atlas, '.toolbar'))).to.equal(false);
    expect(shown(shadowQuery(atlas, '[role="tablist"]'))).to.equal(false);
    expect(shown(shadowQuery(atlas, '#panel-list'))).to.equal(false);
    expect(shown(shadowQuery(atlas, '#panel-details'))).to.equal(true);
    expect(shadowQuery(atlas, 'relations-details-panel')!.shadowRoot!.textContent).to.contain(event.title);
    const timeline = shadowQuery(atlas, 'relations-timeline')!;
    expect(shown(shadowQuery(timeline, '.toolbar'))).to.equal(false);
    expect(shown(shadowQuery(timeline, '.plot'))).to.equal(true);
    expect(shown(shadowQuery(shadowQuery(atlas, 'relations-map'), '.zoom'))).to.equal(false);
  });
});
