import { expect } from '@esm-bundle/chai';
import { DATA_URL, until } from './atlas-helpers.js';

/** The built drop-in bundle (run `npm run build` first): a page fetches the code of the tags it has, and no more. */

interface Manifest {
  chunks: Record<string, { name: string; imports: string[]; dynamicImports: string[] }>;
}

/** The files of dist/ that a page with the chunk `name` needs: the loader, the chunk and its static imports. */
function needed(manifest: Manifest, name: string): string[] {
  const entry = Object.keys(manifest.chunks).find((file) => manifest.chunks[file].name === name)!;
  const seen = new Set(['relations-atlas.bundle.js', entry]);
  for (const file of seen)
    if (file !== 'relations-atlas.bundle.js') for (const next of manifest.chunks[file].imports) seen.add(next);
  return [...seen].sort();
}

describe("the drop-in bundle loads each tag's code when the tag appears", function () {
  this.timeout(30000);
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  const open = async (body: string) => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 900px; border: 0';
    frame.srcdoc = `<!doctype html><html lang="en"><head><script type="module" src="/dist/relations-atlas.bundle.js"></script></head><body>${body}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    return frame.contentWindow as Window & typeof globalThis;
  };
  const fetchedFromDist = (win: Window) =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/'))
      .map((path) => path.slice('/dist/'.length))
      .sort();

  it("a page with only <relations-timeline> fetches the loader, the timeline's chunk and what it imports: no map code", async () => {
    const manifest: Manifest = await (await fetch('/dist/bundle-chunks.json')).json();
    const win = await open(`<relations-timeline src="${DATA_URL}"></relations-timeline>`);
    const timeline = win.document.querySelector('relations-timeline')!;
    await until(
      () => (timeline.shadowRoot?.querySelectorAll('[data-event-id]').length ?? 0) > 10,
      'the timeline drawn',
      20000,
    );
    expect(fetchedFromDist(win)).to.deep.equal(needed(manifest, 'timeline'));
    expect(win.customElements.get('relations-map')).to.equal(undefined);

    // A map made later by a script upgrades, and brings its chunk (and, for its countries, the basemap) only then.
    const map = win.document.createElement('relations-map');
    map.setAttribute('src', DATA_URL);
    map.style.cssText = 'display: block; height: 400px';
    win.document.body.append(map);
    await until(
      () => (map.shadowRoot?.querySelectorAll('[data-place-id]').length ?? 0) > 10,
      'the later map drawn',
      20000,
    );
    expect(map).to.be.instanceOf(win.customElements.get('relations-map')!);
    const fetched = fetchedFromDist(win);
    for (const file of needed(manifest, 'map')) expect(fetched, file).to.include(file);
    expect(
      fetched.some((file) => manifest.chunks[file]?.name === 'atlas'),
      'the atlas chunk',
    ).to.equal(false);
  });

  it('a page with <relations-story> fetches the story chunk, which brings its timeline and map, and no atlas code', async () => {
    const manifest: Manifest = await (await fetch('/dist/bundle-chunks.json')).json();
    const win = await open(`<relations-story src="${DATA_URL}"></relations-story>`);
    const story = win.document.querySelector('relations-story')!;
    await until(() => (story.shadowRoot?.querySelectorAll('.step').length ?? 0) === 9, 'the story steps', 20000);
    expect(win.customElements.get('relations-timeline'), 'the story brings its views').to.be.a('function');
    expect(win.customElements.get('relations-map')).to.be.a('function');
    const fetched = fetchedFromDist(win);
    for (const file of needed(manifest, 'story')) expect(fetched, file).to.include(file);
    expect(
      fetched.some((file) => manifest.chunks[file]?.name === 'atlas'),
      'the atlas chunk',
    ).to.equal(false);
  });

  it('exports load(tag), for a script that needs a class before any element is on the page, and getChannel', async () => {
    // In this test's own page, whose registry has nothing defined yet.
    const url = '/dist/relations-atlas.bundle.js';
    const bundle: { load(tag: string): Promise<CustomElementConstructor>; getChannel(name: string): { name: string } } =
      await import(url);
    const win = window;
    const defined = win.customElements.whenDefined('relations-atlas');
    const atlas = await bundle.load('relations-atlas');
    expect(await defined).to.equal(atlas);
    expect(win.customElements.get('relations-timeline'), 'the atlas brings its views').to.be.a('function');
    expect(bundle.getChannel('story').name).to.equal('story');
  });

  for (const tag of ['relations-event-table', 'relations-details-panel']) {
    it(`a page with only <${tag}> gets it from the atlas's chunk (the atlas defines it too)`, async () => {
      const manifest: Manifest = await (await fetch('/dist/bundle-chunks.json')).json();
      const win = await open(`<${tag}></${tag}>`);
      const element = win.document.querySelector(tag)!;
      await until(() => element.shadowRoot !== null, `<${tag}> upgraded`, 20000);
      expect(element).to.be.instanceOf(win.customElements.get(tag)!);
      expect(fetchedFromDist(win)).to.deep.equal(needed(manifest, 'atlas'));
    });
  }

  it('the loader knows the files of its chunks (written in by the build), to name one that fails to load', async () => {
    const [loader, manifest] = await Promise.all([
      fetch('/dist/relations-atlas.bundle.js').then((response) => response.text()),
      fetch('/dist/bundle-chunks.json').then((response) => response.json() as Promise<Manifest>),
    ]);
    expect(loader).not.to.contain('__RELATIONS_ATLAS_CHUNK_FILES__');
    // The basemap's 1:50m regions are the basemap's to fetch (a failed one leaves the 1:110m shapes): never named.
    const detail = (file: string) => manifest.chunks[file].name.startsWith('basemap-detail-');
    for (const file of Object.keys(manifest.chunks))
      if (file !== 'relations-atlas.bundle.js' && !detail(file)) expect(loader, file).to.contain(file);
    for (const file of Object.keys(manifest.chunks)) if (detail(file)) expect(loader, file).not.to.contain(file);
  });
});
