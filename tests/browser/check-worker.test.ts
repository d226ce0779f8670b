import { expect } from '@esm-bundle/chai';
import { dataset } from '../../bench/dataset.js';
import '../../src/index.js';
import { loadDatasetText } from '../../src/data/load.js';
import type { RelationsMap } from '../../src/map/map.component.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { mount, unmountAll, waitFor } from './atlas-helpers.js';

/** A large `src` is parsed and checked in a module Worker, with its progress on the status line (issue 14, item 2). */

const BIG_URL = '/generated/big.json';

/** Every text the element's status line showed, in order, until it is gone. */
function statusTexts(view: RelationsTimeline): string[] {
  const seen: string[] = [];
  const look = () => {
    const text = view.shadowRoot?.querySelector('[part="status"]')?.textContent?.trim();
    if (text && seen.at(-1) !== text) seen.push(text);
  };
  const observer = new MutationObserver(look);
  const watch = () => observer.observe(view.shadowRoot!, { subtree: true, childList: true, characterData: true });
  if (view.shadowRoot) watch();
  else queueMicrotask(watch);
  view.addEventListener('relations-ready', () => observer.disconnect(), { once: true });
  return seen;
}

describe('a large src checked in a worker', () => {
  const realFetch = window.fetch;
  const RealWorker = window.Worker;
  let files: Record<string, string> = {};
  let workers: string[] = [];
  let warnings: string[] = [];
  const realWarn = console.warn;
  beforeEach(() => {
    workers = [];
    warnings = [];
    // Lit's own dev-mode advice (lit.dev/msg/…) is not ours to count.
    console.warn = (...args: unknown[]) => {
      if (!String(args[0]).includes('lit.dev/msg/')) warnings.push(String(args[0]));
    };
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const text = files[String(input)];
      if (text === undefined) return realFetch(input, init);
      return new Response(text, { headers: { 'content-type': 'application/json' } });
    };
    window.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        workers.push(String(url));
        super(url, options);
      }
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
    window.Worker = RealWorker;
    console.warn = realWarn;
    files = {};
    unmountAll();
  });

  it('100,000 events: the status says how many records were checked, and every record arrives', async () => {
    files[BIG_URL] = JSON.stringify(dataset(100000));
    const view = mount<RelationsTimeline>(
      `<relations-timeline src="${BIG_URL}"></relations-timeline>`,
      'width: 800px; height: 300px',
    );
    const seen = statusTexts(view);
    await waitFor(view, 'relations-ready', 60000);
    expect(workers.map((url) => new URL(url).pathname)).to.deep.equal(['/src/data/check-worker.js']);
    expect(seen[0]).to.equal('Loading…');
    expect(seen).to.include('Checking 5,000 of 200,000 records…');
    expect(seen).to.include('Checking 100,000 of 200,000 records…');
    expect(seen.at(-1)).to.equal('Checking 200,000 of 200,000 records…');
    expect(seen.length).to.be.greaterThan(30);
    expect(view.loadedData!.events).to.have.length(100000);
    expect(view.loadedData!.places).to.have.length(100000);
    expect(view.diagnostics).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('bad records: the same diagnostics and the same records as the check on the main thread', async () => {
    const data = dataset(8000);
    const events = data.events as unknown as Record<string, unknown>[];
    events[10].date = '2020-13-45';
    events[21].id = events[20].id;
    events[30].places = ['nowhere'];
    delete events[40].title;
    (data.places[50] as unknown as Record<string, unknown>).lat = 200;
    const text = JSON.stringify(data);
    expect(text.length).to.be.greaterThan(1_000_000);
    files[BIG_URL] = text;
    const view = mount<RelationsTimeline>(
      `<relations-timeline src="${BIG_URL}"></relations-timeline>`,
      'width: 800px; height: 300px',
    );
    await waitFor(view, 'relations-ready', 30000);
    expect(workers).to.have.length(1);
    const here = loadDatasetText(text, { format: 'json' });
    expect(here.diagnostics.length).to.be.greaterThan(4);
    expect(view.diagnostics).to.deep.equal(here.diagnostics);
    expect(view.loadedData!.events).to.have.length(7997);
    expect(view.loadedData!.places).to.have.length(7999);
    expect(JSON.stringify(view.loadedData!.events)).to.equal(JSON.stringify(here.dataset.events));
    expect(JSON.stringify(view.loadedData!.places)).to.equal(JSON.stringify(here.dataset.places));
    expect(view.loadedData!.eventById.get('e100')).to.equal(view.loadedData!.events.find((e) => e.id === 'e100'));
  });

  it('a small src is checked at once, with no worker', async () => {
    const text = JSON.stringify(dataset(100));
    files[BIG_URL] = text;
    const view = mount<RelationsTimeline>(
      `<relations-timeline src="${BIG_URL}"></relations-timeline>`,
      'width: 800px; height: 300px',
    );
    await waitFor(view, 'relations-ready', 30000);
    expect(workers).to.deep.equal([]);
    expect(view.loadedData!.events).to.have.length(100);
  });

  it('no worker can start: checked on the main thread, with a console warning', async () => {
    window.Worker = class {
      constructor() {
        throw new DOMException('no workers here', 'SecurityError');
      }
    } as unknown as typeof Worker;
    files[BIG_URL] = JSON.stringify(dataset(10000));
    const view = mount<RelationsTimeline>(
      `<relations-timeline src="${BIG_URL}"></relations-timeline>`,
      'width: 800px; height: 300px',
    );
    await waitFor(view, 'relations-ready', 30000);
    expect(view.loadedData!.events).to.have.length(10000);
    expect(view.diagnostics).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      `relations-atlas: ${BIG_URL} is checked on the page's main thread, which may stall it: no worker could start (no workers here)`,
    ]);
  });

  it("the worker's file is missing: checked on the main thread, with a console warning", async () => {
    window.Worker = class extends RealWorker {
      constructor(_url: string | URL, options?: WorkerOptions) {
        super('/no-such-worker.js', options);
      }
    };
    files[BIG_URL] = JSON.stringify(dataset(10000));
    const view = mount<RelationsTimeline>(
      `<relations-timeline src="${BIG_URL}"></relations-timeline>`,
      'width: 800px; height: 300px',
    );
    await waitFor(view, 'relations-ready', 30000);
    expect(view.loadedData!.events).to.have.length(10000);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^relations-atlas: \/generated\/big\.json is checked on the page's main thread, which may stall it: the worker could not start \(a Content-Security-Policy without worker-src 'self', or its chunk missing\)/,
    );
  });

  it('a timeline and a map with one large src: one fetch, one worker, both show the progress, one data set', async () => {
    files[BIG_URL] = JSON.stringify(dataset(20000));
    let fetches = 0;
    const counting = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) === BIG_URL) fetches++;
      return counting(input, init);
    };
    const timeline = mount<RelationsTimeline>(
      `<relations-timeline src="${BIG_URL}"></relations-timeline>`,
      'width: 800px; height: 300px',
    );
    const map = mount<RelationsMap>(`<relations-map src="${BIG_URL}"></relations-map>`, 'width: 800px; height: 400px');
    const timelineSaw = statusTexts(timeline);
    const mapSaw = statusTexts(map as unknown as RelationsTimeline);
    await Promise.all([waitFor(timeline, 'relations-ready', 30000), waitFor(map, 'relations-ready', 30000)]);
    expect(fetches).to.equal(1);
    expect(workers).to.have.length(1);
    expect(timeline.loadedData).to.equal(map.loadedData);
    expect(timelineSaw).to.include('Checking 20,000 of 40,000 records…');
    expect(mapSaw).to.include('Checking 20,000 of 40,000 records…');
  });

  it('the progress in German, with its numbers', async () => {
    files[BIG_URL] = JSON.stringify(dataset(10000));
    const view = mount<RelationsTimeline>(
      `<relations-timeline lang="de" src="${BIG_URL}"></relations-timeline>`,
      'width: 800px; height: 300px',
    );
    const seen = statusTexts(view);
    await waitFor(view, 'relations-ready', 30000);
    expect(seen).to.include('10.000 von 20.000 Datensätzen werden geprüft…');
  });
});
