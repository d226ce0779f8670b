import { expect } from '@esm-bundle/chai';

interface ProbedWindow extends Window {
  cspViolations: string[];
  pageErrors: string[];
  atlasReady?: boolean;
  longTasks?: number[];
  warnings?: string[];
  workers?: string[];
}

interface LoadedView extends HTMLElement {
  readonly loadedData: { readonly events: readonly unknown[]; readonly places: readonly unknown[] } | null;
  readonly diagnostics: readonly unknown[];
}

async function until(condition: () => boolean, what: string, timeout = 15000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('serves the test page with the policy header', async () => {
    const response = await fetch('/tests/csp/atlas.html');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'");
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).to.contain('trusted-types lit-html');
    expect(policy).not.to.contain('unsafe');
  });

  it('runs the drop-in bundle, draws the atlas and violates nothing, also while the reader selects', async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1100px; height: 1200px; border: 0';
    frame.src = '/tests/csp/atlas.html';
    document.body.append(frame);
    await until(() => (frame.contentWindow as ProbedWindow | null)?.atlasReady === true, 'the atlas inside the page');
    const win = frame.contentWindow as ProbedWindow;
    const atlas = win.document.querySelector('relations-atlas')!;
    const timeline = atlas.shadowRoot!.querySelector('relations-timeline')!;
    const map = atlas.shadowRoot!.querySelector('relations-map')!;
    await until(() => timeline.shadowRoot!.querySelectorAll('[data-event-id]').length > 0, 'event marks');
    await until(() => map.shadowRoot!.querySelectorAll('[data-place-id]').length > 0, 'place markers');
    expect(map.shadowRoot!.querySelectorAll('path').length).to.be.greaterThan(10);

    const place = map.shadowRoot!.querySelector<HTMLElement>('[data-place-id="berlin"]')!;
    place.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    place.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await until(() => map.shadowRoot!.querySelector('[data-place-id][data-highlighted]') !== null, 'a selected place');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const fetched = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(
      fetched.filter((name) => name.includes('load-geojson')),
      'no GeoJSON reader for JSON data',
    ).to.deep.equal([]);

    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });
  it("loads GeoJSON data (the reader fetched on use) and saves the Download menu's GeoJSON, violating nothing", async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1100px; height: 1200px; border: 0';
    frame.src = '/tests/csp/geojson.html';
    document.body.append(frame);
    await until(() => (frame.contentWindow as ProbedWindow | null)?.atlasReady === true, 'the atlas inside the page');
    const win = frame.contentWindow as ProbedWindow;
    const atlas = win.document.querySelector('relations-atlas')! as HTMLElement & { exportGeoJSON(): unknown };
    const map = atlas.shadowRoot!.querySelector('relations-map')!;
    await until(() => map.shadowRoot!.querySelectorAll('[data-place-id]').length === 15, 'the 15 places');
    const fetched = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.filter((name) => name.includes('relations-atlas.load-geojson-'))).to.have.length(1);
    const saved: string[] = [];
    atlas.addEventListener('relations-download', (event) => saved.push((event as CustomEvent).detail.text));
    const button = atlas.shadowRoot!.querySelector<HTMLButtonElement>('#download-button')!;
    button.click();
    await until(() => atlas.shadowRoot!.querySelector('[data-kind="geojson"]') !== null, 'the menu');
    atlas.shadowRoot!.querySelector<HTMLButtonElement>('[data-kind="geojson"]')!.click();
    await until(() => saved.length === 1, 'the file saved');
    expect(saved[0]).to.equal(`${JSON.stringify(atlas.exportGeoJSON(), null, 2)}\n`);
    // Violations are reported in tasks queued when they happen: two of the page's frames later, all have arrived.
    for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('checks a large src (100,000 events) in a module Worker from beside the bundle, violating nothing', async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 400px; border: 0';
    frame.src = '/tests/csp/large.html?n=100000';
    document.body.append(frame);
    await until(() => (frame.contentWindow as ProbedWindow | null)?.atlasReady === true, 'the timeline', 60000);
    const win = frame.contentWindow as ProbedWindow;
    const view = win.document.querySelector('relations-timeline') as unknown as LoadedView;
    expect(view.loadedData!.events).to.have.length(100000);
    expect(view.loadedData!.places).to.have.length(100000);
    expect(view.diagnostics).to.deep.equal([]);
    expect(win.workers).to.have.length(1);
    expect(win.workers![0]).to.match(/^\/dist\/relations-atlas\.check-worker-[\w-]+\.js$/);
    for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect(win.warnings).to.deep.equal([]);
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    // A measurement, not a test: the page's long tasks while it loaded (PerformanceObserver longtask).
    console.log(`long tasks on the CSP page while 100,000 events loaded: ${JSON.stringify(win.longTasks)} ms`);
  });

  it('a page that forbids workers: the large src is checked on the main thread, with a warning', async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 400px; border: 0';
    frame.src = '/tests/csp/large-no-worker.html?n=10000';
    document.body.append(frame);
    await until(() => (frame.contentWindow as ProbedWindow | null)?.atlasReady === true, 'the timeline', 60000);
    const win = frame.contentWindow as ProbedWindow;
    const view = win.document.querySelector('relations-timeline') as unknown as LoadedView;
    expect(view.loadedData!.events).to.have.length(10000);
    expect(view.diagnostics).to.deep.equal([]);
    expect(win.warnings).to.have.length(1);
    expect(win.warnings![0]).to.match(
      /^relations-atlas: \/generated\/large\.json is checked on the page's main thread, which may stall it: /,
    );
    for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect(win.cspViolations.map((line) => line.split(':')[0])).to.deep.equal(['worker-src']);
    expect(win.pageErrors).to.deep.equal([]);
  });
});
