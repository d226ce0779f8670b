import { expect } from '@esm-bundle/chai';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/index.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import type { RelationsDetailsPanel } from '../../src/atlas/details-panel.component.js';
import { checkDataset } from '../../src/data/check-dataset.js';
import type { Media } from '../../src/data/types.js';
import {
  axeViolations,
  frame,
  mount,
  shadowQuery,
  shadowQueryAll,
  unmountAll,
  until,
  waitFor,
} from './atlas-helpers.js';

/**
 * The details panel with rich descriptions and media: what a reader sees (the image, its caption and credit, the
 * links), what is never built (an iframe, an image with no-media), and what stays when an image fails.
 */

const IMAGE = `${location.origin}/tests/fixtures/media/harbour.png`;
const MISSING = `${location.origin}/tests/fixtures/media/missing.png`;

const DESCRIPTION =
  '<p>The presidents signed a <strong>declaration</strong> on <em>strategic partnership</em>.</p>' +
  '<ul><li>energy</li><li>transport</li></ul>' +
  '<blockquote><p>“A bridge between the Baltic and the Caspian.”</p><cite>Valdas Adamkus</cite></blockquote>' +
  '<p>See <a href="https://en.wikipedia.org/wiki/Azerbaijan%E2%80%93Lithuania_relations" onclick="x()">the article</a>.</p>';

function dataWith(media: Media | undefined, description = DESCRIPTION) {
  const { dataset, diagnostics } = checkDataset({
    meta: { title: 'Media' },
    events: [{ id: 'visit', date: '2006-06-08', title: 'Adamkus visits Baku', places: ['baku'], description, media }],
    places: [{ id: 'baku', name: 'Baku', lat: 40.4, lon: 49.87, description: '<p>Capital on the <b>Caspian</b>.</p>' }],
  });
  expect(diagnostics).to.deep.equal([]);
  return dataset;
}

async function panelWith(media: Media | undefined, attributes = ''): Promise<RelationsDetailsPanel> {
  const panel = mount<RelationsDetailsPanel>(
    `<relations-details-panel ${attributes}></relations-details-panel>`,
    'width: 420px; font: 15px system-ui; padding: 12px; background: white',
  );
  panel.data = dataWith(media);
  panel.selection = { eventIds: ['visit'], placeIds: [] };
  await panel.updateComplete;
  return panel;
}

const imageOf = (panel: Element) => shadowQuery<HTMLImageElement>(panel, 'article img');

describe('<relations-details-panel>: rich descriptions and media', () => {
  afterEach(() => unmountAll());

  it('a description keeps its paragraphs, list, quotation, emphasis and link, and nothing else', async () => {
    const panel = await panelWith(undefined);
    const rich = shadowQuery<HTMLElement>(panel, 'article .rich')!;
    const tags = [...rich.querySelectorAll('*')].map((e) => e.localName);
    expect(tags).to.deep.equal(['p', 'strong', 'em', 'ul', 'li', 'li', 'blockquote', 'p', 'cite', 'p', 'a']);
    expect(rich.querySelector('li:nth-child(2)')!.textContent).to.equal('transport');
    expect(rich.querySelector('blockquote cite')!.textContent).to.equal('Valdas Adamkus');
    const link = rich.querySelector('a')!;
    expect(link.textContent).to.equal('the article');
    expect(link.getAttribute('href')).to.equal('https://en.wikipedia.org/wiki/Azerbaijan%E2%80%93Lithuania_relations');
    expect([...link.attributes].map((a) => a.name).sort()).to.deep.equal(['href', 'rel', 'target']);
    // A place's description too.
    panel.selection = { eventIds: [], placeIds: ['baku'] };
    await panel.updateComplete;
    expect(shadowQuery(panel, 'article[data-place-id] .rich b')!.textContent).to.equal('Caspian');
  });

  it('an image with its caption (rich) and credit under it, lazy, sized before it loads, with alt text', async () => {
    const panel = await panelWith({
      url: IMAGE,
      caption: 'The harbour at <em>dusk</em>',
      credit: 'Photo: <a href="https://example.org/photographer">A. Photographer</a>',
    });
    const img = imageOf(panel)!;
    expect(img.getAttribute('src')).to.equal(IMAGE);
    expect(img.getAttribute('alt')).to.equal('The harbour at dusk');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    // The box has its height before the picture arrives (3:2 of the width, at most 13 em), so nothing under it moves.
    const before = img.getBoundingClientRect();
    const most = parseFloat(getComputedStyle(img).maxHeight);
    expect(most).to.be.closeTo(13 * 16, 1);
    expect(before.height).to.be.closeTo(Math.min((before.width * 2) / 3, most), 1);
    await until(() => img.complete && img.naturalWidth > 0, 'the image loaded');
    expect(Math.abs(img.getBoundingClientRect().height - before.height)).to.be.below(1);
    const caption = shadowQuery<HTMLElement>(panel, 'figure figcaption')!;
    expect(caption.querySelector('.caption')!.textContent!.trim()).to.equal('The harbour at dusk');
    expect(caption.querySelector('.caption em')!.textContent).to.equal('dusk');
    expect(caption.querySelector('.credit')!.textContent!.trim()).to.equal('Photo: A. Photographer');
    expect(caption.querySelector('.credit a')!.getAttribute('href')).to.equal('https://example.org/photographer');
    // The image comes before the description, under the date.
    const order = shadowQueryAll(panel, 'article > *').map((e) => e.className || e.localName);
    expect(order.slice(0, 4)).to.deep.equal(['h3', 'meta', 'media', 'rich']);
  });

  it('alt text comes from alt first, and is empty when there is neither alt nor caption', async () => {
    let panel = await panelWith({ url: IMAGE, alt: 'Ships in the harbour', caption: 'Caption' });
    expect(imageOf(panel)!.getAttribute('alt')).to.equal('Ships in the harbour');
    unmountAll();
    panel = await panelWith({ url: IMAGE });
    expect(imageOf(panel)!.getAttribute('alt')).to.equal('');
    expect(shadowQuery(panel, 'figcaption')).to.equal(null);
  });

  it('an image that fails to load is removed; its caption and credit stay', async () => {
    const panel = await panelWith({ url: MISSING, caption: 'A lost picture', credit: 'Archive' });
    await until(() => imageOf(panel) === null, 'the failed image removed');
    expect(shadowQuery(panel, 'figure .caption')!.textContent!.trim()).to.equal('A lost picture');
    expect(shadowQuery(panel, 'figure .credit')!.textContent!.trim()).to.equal('Archive');
    // Selected again, it is not fetched again.
    panel.selection = { eventIds: [], placeIds: [] };
    await panel.updateComplete;
    panel.selection = { eventIds: ['visit'], placeIds: [] };
    await panel.updateComplete;
    expect(imageOf(panel)).to.equal(null);
  });

  it('no-media shows no image: the picture is a link labelled with its caption', async () => {
    const panel = await panelWith({ url: IMAGE, caption: 'The <b>harbour</b>', credit: 'Archive' }, 'no-media');
    expect(shadowQueryAll(panel, 'img')).to.have.length(0);
    const link = shadowQuery<HTMLAnchorElement>(panel, '.media-link a')!;
    expect(link.getAttribute('href')).to.equal(IMAGE);
    expect(link.textContent).to.equal('The harbour');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(shadowQuery(panel, '.media-link .credit')!.textContent!.trim()).to.equal('Archive');
  });

  it('a YouTube video, a Wikipedia page or a post is a plain link, never an iframe or a script', async () => {
    for (const [url, label] of [
      ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'The speech'],
      ['https://en.wikipedia.org/wiki/Baku', 'Baku on Wikipedia'],
      ['https://twitter.com/user/status/1', 'twitter.com/user/status/1'],
    ]) {
      const panel = await panelWith(label.includes('/') ? { url } : { url, caption: label });
      const link = shadowQuery<HTMLAnchorElement>(panel, '.media-link a')!;
      expect(link.getAttribute('href')).to.equal(url);
      expect(link.textContent).to.equal(label);
      expect(shadowQueryAll(panel, 'iframe, script, img, object, embed, video')).to.have.length(0);
      unmountAll();
    }
  });

  it('is axe-clean with an image, a caption, a credit and a rich description', async () => {
    const panel = await panelWith({
      url: IMAGE,
      caption: 'The harbour at <em>dusk</em>',
      credit: 'Photo: <a href="https://example.org/p">A. Photographer</a>',
    });
    await until(() => imageOf(panel)!.complete, 'the image');
    expect(await axeViolations(panel)).to.deep.equal([]);
    unmountAll();
    expect(
      await axeViolations(await panelWith({ url: 'https://www.youtube.com/watch?v=x', caption: 'Video' })),
    ).to.deep.equal([]);
  });

  it('looks like an article: the picture, its caption and credit, paragraphs, a list and a quotation', async () => {
    const panel = await panelWith({
      url: IMAGE,
      caption: 'The harbour at <em>dusk</em>',
      credit: 'Photo: <a href="https://example.org/p">A. Photographer</a>',
    });
    await until(() => imageOf(panel)!.complete && imageOf(panel)!.naturalWidth > 0, 'the image');
    await frame();
    await visualDiff(panel, 'details-panel-rich-media');
  });
});

describe('<relations-atlas no-media>', () => {
  afterEach(() => unmountAll());

  it('passes no-media to its details panel: the selected event’s image is a link', async () => {
    const atlas = mount<RelationsAtlas>('<relations-atlas no-media></relations-atlas>');
    const ready = waitFor(atlas, 'relations-ready');
    atlas.data = {
      meta: { title: 'Media' },
      events: [
        {
          id: 'visit',
          date: '2006-06-08',
          title: 'Adamkus visits Baku',
          places: ['baku'],
          media: { url: IMAGE, caption: 'Harbour' },
        },
      ],
      places: [{ id: 'baku', name: 'Baku', lat: 40.4, lon: 49.87 }],
    };
    await ready;
    atlas.select({ eventIds: ['visit'] });
    const panel = shadowQuery<RelationsDetailsPanel>(atlas, 'relations-details-panel')!;
    await until(() => shadowQuery(panel, '.media-link a') !== null, 'the media link');
    expect(shadowQueryAll(panel, 'img')).to.have.length(0);
    expect(shadowQuery(panel, '.media-link a')!.textContent).to.equal('Harbour');
    atlas.noMedia = false;
    await atlas.updateComplete;
    await panel.updateComplete;
    expect(imageOf(panel)!.getAttribute('src')).to.equal(IMAGE);
    await until(() => imageOf(panel)!.complete, 'the image');
    expect(await axeViolations(atlas)).to.deep.equal([]);
  });
});
