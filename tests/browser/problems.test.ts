import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { frame, mount, shadowQuery, shadowQueryAll, unmountAll, until, waitFor } from './atlas-helpers.js';

/** Problems in the data are for editors; readers get one line they can dismiss, or why there is nothing to show. */

const good = (id: string, date: string) => ({ id, date, title: `Event ${id}`, category: 'diplomacy', places: [] });
const withBadRecords = {
  meta: { title: 'Three bad records' },
  events: [
    good('a', '2001'),
    good('b', '2003'),
    { id: 'bad-1', date: '2001-13-40', title: 'x' },
    { id: 'bad-2', date: 'soon', title: 'y' },
    { title: 'no id' },
  ],
  places: [],
};

function captureWarnings(): { warnings: unknown[][]; restore: () => void } {
  const original = console.warn;
  const warnings: unknown[][] = [];
  // Lit's own dev-mode advice (lit.dev/msg/…) is not one of ours.
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('lit.dev/msg/')) warnings.push(args);
  };
  return { warnings, restore: () => (console.warn = original) };
}

async function mountWith(tag: string, attributes: string, data?: unknown): Promise<HTMLElement & { data: unknown }> {
  const element = mount<HTMLElement & { data: unknown }>(
    `<${tag} ${attributes}></${tag}>`,
    'width: 960px; height: 420px',
  );
  const ready = waitFor(element, 'relations-ready');
  if (data !== undefined) element.data = data;
  await ready;
  await frame();
  return element;
}

describe('problems in the data', () => {
  afterEach(() => unmountAll());

  for (const tag of ['relations-timeline', 'relations-map', 'relations-atlas']) {
    it(`${tag}: readers see one dismissible line, editors the console and (with debug) the list`, async () => {
      const capture = captureWarnings();
      try {
        const element = await mountWith(tag, '', withBadRecords);
        const line = () => shadowQuery<HTMLElement>(element, '.status.problem');
        await until(() => line() !== null, 'the problems line');
        expect(line()!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Some records could not be shown (3). ×');
        expect(shadowQueryAll(element, '.status li')).to.have.length(0);
        expect(capture.warnings).to.have.length(1);
        expect(String(capture.warnings[0][0])).to.contain(`<${tag}>: 3 problems skipped`);
        expect(capture.warnings[0][1]).to.have.length(3);
        shadowQuery<HTMLButtonElement>(element, '.status .dismiss')!.click();
        await frame();
        expect(line()).to.equal(null);
        element.setAttribute('debug', '');
        (element as unknown as { data: unknown }).data = { ...withBadRecords };
        await until(() => shadowQueryAll(element, '.status li').length === 3, 'the full list with debug');
      } finally {
        capture.restore();
      }
    });
  }

  it('a 404 says so in words, and the timeline draws no made-up axis', async () => {
    const capture = captureWarnings();
    try {
      const timeline = mount<RelationsTimeline>(
        '<relations-timeline src="/tests/fixtures/no-such-file.json"></relations-timeline>',
        'width: 960px; height: 360px',
      );
      await waitFor(timeline, 'relations-ready');
      await frame();
      const message = shadowQuery<HTMLElement>(timeline, '.status.failed')!;
      expect(message.getAttribute('role')).to.equal('alert');
      expect(message.querySelector('.words')!.textContent).to.equal(
        'The data could not be loaded from /tests/fixtures/no-such-file.json: the server answered 404 Not Found.',
      );
      expect(message.querySelector('button.retry')!.textContent).to.equal('Retry');
      expect(shadowQueryAll(timeline, '.tick')).to.have.length(0);
      expect(shadowQuery(timeline, '.overview')).to.equal(null);
    } finally {
      capture.restore();
    }
  });

  it('an empty data set says there is nothing to show', async () => {
    const capture = captureWarnings();
    try {
      const timeline = await mountWith('relations-timeline', '', { events: [], places: [] });
      expect(shadowQuery(timeline, '.status.failed .words')!.textContent).to.equal(
        'Nothing to show: the data set has no events and no places.',
      );
      // Nothing to fetch again: no Retry.
      expect(shadowQuery(timeline, '.status.failed .retry')).to.equal(null);
      expect(shadowQueryAll(timeline, '.tick')).to.have.length(0);
    } finally {
      capture.restore();
    }
  });

  it('the atlas reserves its height while loading (a skeleton), so the page does not jump', async () => {
    const atlas = mount<HTMLElement & { updateComplete: Promise<unknown> }>(
      '<relations-atlas src="/data/azerbaijan-lithuania.json"></relations-atlas>',
    );
    const ready = waitFor(atlas, 'relations-ready');
    // The first render comes before any fetch can answer.
    await atlas.updateComplete;
    expect(shadowQuery(atlas, '.skeleton')).to.not.equal(null);
    const loadingHeight = atlas.getBoundingClientRect().height;
    await ready;
    await frame();
    const loadedHeight = atlas.getBoundingClientRect().height;
    expect(loadingHeight).to.be.greaterThan(800);
    expect(Math.abs(loadedHeight - loadingHeight) / loadedHeight).to.be.lessThan(0.15);
  });

  for (const tag of ['relations-timeline', 'relations-map', 'relations-atlas'] as const) {
    it(`${tag}: a fetch that never finishes gives up after \`timeout\` seconds, says so, and Retry loads the data`, async () => {
      const capture = captureWarnings();
      const realFetch = window.fetch;
      let calls = 0;
      // The first request hangs until it is aborted; the retry reaches the real server.
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        calls++;
        if (calls > 1) return realFetch(input, init);
        return new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      };
      try {
        const element = mount<HTMLElement & { loadedData: unknown }>(
          `<${tag} src="/data/azerbaijan-lithuania.json" timeout="0.2"></${tag}>`,
          'width: 960px; height: 420px',
        );
        const error = await waitFor(element, 'relations-error');
        expect((error as CustomEvent).detail.diagnostics[0].message).to.equal(
          'could not load /data/azerbaijan-lithuania.json: no answer within 0.2 s',
        );
        await frame();
        const root = tag === 'relations-atlas' ? element.shadowRoot! : element.shadowRoot!;
        const failed = root.querySelector<HTMLElement>('.status.failed')!;
        expect(failed.querySelector('.words')!.textContent).to.equal(
          'The data could not be loaded from /data/azerbaijan-lithuania.json: no answer within 0.2 s.',
        );
        const ready = waitFor(element, 'relations-ready');
        failed.querySelector<HTMLButtonElement>('button.retry')!.click();
        await ready;
        expect(calls).to.equal(2);
        await frame();
        expect(root.querySelector('.status.failed')).to.equal(null);
      } finally {
        window.fetch = realFetch;
        capture.restore();
      }
    });
  }
});
