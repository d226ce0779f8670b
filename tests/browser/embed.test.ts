import { expect } from '@esm-bundle/chai';
import { until } from './atlas-helpers.js';

describe('demo/embed.html: the drop-in bundle alone', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('draws the atlas from dist/relations-atlas.bundle.js with no request but the bundle, the data and the basemap', async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1200px; height: 1400px; border: 0';
    frame.src = '/demo/embed.html';
    document.body.append(frame);
    const atlas = () => frame.contentDocument?.querySelector('relations-atlas');
    const inShadow = (host: Element | null | undefined, selector: string) =>
      host?.shadowRoot?.querySelector(selector) ?? null;
    await until(
      () => {
        const root = atlas()?.shadowRoot;
        const timeline = inShadow(atlas(), 'relations-timeline');
        const map = inShadow(atlas(), 'relations-map');
        return Boolean(
          root &&
          timeline?.shadowRoot?.querySelector('[data-event-id]') &&
          map?.shadowRoot?.querySelector('path.country'),
        );
      },
      'the atlas with marks and country shapes',
      20000,
    );

    const win = frame.contentWindow as Window;
    expect(win.customElements.get('relations-atlas')).to.be.a('function');
    const requested = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      // The page's own stylesheet and the test server's injected socket are not the library's requests.
      .filter((path) => !path.endsWith('/demo/demo.css') && !path.startsWith('/__web-dev-server'));
    expect(requested).to.include('/dist/relations-atlas.bundle.js');
    expect(requested).to.include('/data/azerbaijan-lithuania.json');
    for (const path of requested) {
      expect(path, path).to.match(/^\/(dist\/relations-atlas\.[\w.-]+\.js|data\/azerbaijan-lithuania\.json)$/);
    }
    // Nothing from the source tree or node_modules: the bundle is self-contained.
    expect(requested.some((path) => path.startsWith('/src/') || path.includes('node_modules'))).to.equal(false);
  });
});
