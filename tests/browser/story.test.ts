import { emulateMedia } from '@web/test-runner-commands';
import { expect } from '@esm-bundle/chai';
import '../../src/story/story.js';
import type { RelationsStory } from '../../src/story/story.js';
import type { RelationsErrorEvent, RelationsStepEvent } from '../../src/bus/dom-events.js';
import { parseEdtf } from '../../src/data/edtf.js';
import type { Dataset, StoryStep } from '../../src/data/types.js';
import { axeViolations, DATA_URL, frame, mount, unmountAll, until, waitFor } from './atlas-helpers.js';

const DAY = 86_400_000;
const STYLE = 'width: 1000px';

let azlt: Dataset;
before(async () => {
  azlt = (await (await fetch(DATA_URL)).json()) as Dataset;
});
afterEach(() => {
  unmountAll();
  window.scrollTo(0, 0);
});

async function mountStory(data: unknown, children = ''): Promise<RelationsStory> {
  const story = mount<RelationsStory>(`<relations-story>${children}</relations-story>`, STYLE);
  const ready = waitFor(story, 'relations-ready');
  story.data = data;
  await ready;
  await story.updateComplete;
  await until(() => Boolean(story.map?.leafletMap && story.timeline?.range), 'the views to draw');
  return story;
}

function stepElements(story: RelationsStory): HTMLElement[] {
  const light = [...story.querySelectorAll<HTMLElement>('[data-step]')];
  return light.length > 0 ? light : [...story.shadowRoot!.querySelectorAll<HTMLElement>('.step')];
}

/** Scrolls step `index` to the reading line (the middle of the screen beside the graphic) and waits for the story. */
async function scrollToStep(story: RelationsStory, index: number): Promise<RelationsStepEvent> {
  if (story.activeIndex === index) throw new Error(`step ${index} is active already`);
  const reached = new Promise<RelationsStepEvent>((resolve) => {
    const listener = (event: RelationsStepEvent) => {
      if (event.detail.index !== index) return;
      story.removeEventListener('relations-step', listener);
      resolve(event);
    };
    story.addEventListener('relations-step', listener);
  });
  const rect = stepElements(story)[index].getBoundingClientRect();
  window.scrollBy(0, rect.top + rect.height / 2 - window.innerHeight / 2);
  return reached;
}

function windowOf(step: StoryStep): { start: number; end: number } {
  const when = parseEdtf(step.window);
  if (!when.ok) throw new Error(`step ${step.id} has no window`);
  return { start: when.value.start, end: when.value.end };
}

const near = (a: number, b: number) => Math.abs(a - b) <= DAY;

function timelineAt(story: RelationsStory, step: StoryStep): boolean {
  const range = story.timeline?.rangeTimes;
  const window = windowOf(step);
  return Boolean(range && near(range.start, window.start) && near(range.end, window.end));
}

function mapShows(story: RelationsStory, placeIds: readonly string[]): boolean {
  const map = story.map?.leafletMap;
  if (!map) return false;
  const bounds = map.getBounds();
  return placeIds.every((id) => {
    const place = story.loadedData!.placeById.get(id)!;
    return bounds.contains([place.lat, place.lon]);
  });
}

describe('<relations-story> from the data set’s story', () => {
  it('scrolling to each step gives its window (±1 day), its selection and its map fit, in order', async function () {
    this.timeout(60000);
    const story = await mountStory(azlt);
    const steps = story.steps;
    expect(steps.length).to.equal(9);
    expect(stepElements(story).map((element) => element.querySelector('h3')?.textContent)).to.deep.equal(
      steps.map((step) => step.title),
    );
    for (let index = story.activeIndex === 0 ? 1 : 0; index < steps.length; index++) {
      const step = steps[index];
      const event = await scrollToStep(story, index);
      expect(event.detail).to.deep.equal({ index, id: step.id });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(story.activeIndex).to.equal(index);
      if (step.window) await until(() => timelineAt(story, step), `the window of step ${step.id}`, 5000);
      const highlighted = story.timeline!.highlightedEventIds;
      for (const id of step.events ?? []) expect(highlighted, step.id).to.include(id);
      if (step.map && 'fit' in step.map) {
        const fit = step.map.fit;
        await until(() => mapShows(story, fit), `the map fit of step ${step.id}`, 5000);
      }
      expect(stepElements(story)[index].hasAttribute('data-active')).to.equal(true);
    }
    // Going back up works too.
    await scrollToStep(story, 0);
    await until(() => timelineAt(story, steps[0]), 'the first window again', 5000);
  });

  it('a jump that leaves the reading line between two steps picks the nearest one', async () => {
    const story = await mountStory(azlt);
    /** Puts step `index`'s top 80 px below the reading line, in the gap before it: no step is on the line. */
    const jumpToGapBefore = async (index: number) => {
      const reached = new Promise<RelationsStepEvent>((resolve) =>
        story.addEventListener('relations-step', (event) => resolve(event), { once: true }),
      );
      const rect = stepElements(story)[index].getBoundingClientRect();
      window.scrollBy(0, rect.top - window.innerHeight / 2 - 80);
      return (await reached).detail;
    };
    expect(await jumpToGapBefore(2)).to.deep.equal({ index: 2, id: 'offices-2007' });
    expect(await jumpToGapBefore(5)).to.deep.equal({ index: 5, id: 'trade' });
  });

  it('filters the lanes to the step’s categories, and shows them all again for a step without', async () => {
    const story = await mountStory(azlt);
    if (story.activeIndex !== 0) await scrollToStep(story, 0);
    const lanes = () => [...story.timeline!.shadowRoot!.querySelectorAll('.lane-name')].map((name) => name.textContent);
    await until(() => lanes().length === 1, 'one lane for step 1');
    expect(lanes()).to.deep.equal(['Diplomacy']);
    await scrollToStep(story, 8);
    await until(() => lanes().length > 5, 'every lane for the closing step');
  });

  it('lets the reader explore the views, and the next step takes over again', async () => {
    const story = await mountStory(azlt);
    if (story.activeIndex !== 0) await scrollToStep(story, 0);
    // The reader selects another event and zooms out, as a click and the Fit button would.
    story.timeline!.select({ eventIds: ['diplomacy-az-recognizes-lt-1991-09-10'] });
    expect(story.timeline!.highlightedEventIds).to.deep.equal(['diplomacy-az-recognizes-lt-1991-09-10']);
    story.timeline!.zoomTo('1980', '2020');
    await scrollToStep(story, 1);
    await until(() => timelineAt(story, story.steps[1]), 'the second step’s window');
    expect(story.timeline!.highlightedEventIds.slice().sort()).to.deep.equal([...story.steps[1].events!].sort());
  });

  it('announces the step politely and never moves focus', async () => {
    const story = await mountStory(azlt);
    const button = document.createElement('button');
    button.textContent = 'outside';
    document.body.append(button);
    button.focus();
    try {
      await scrollToStep(story, 2);
      await story.updateComplete;
      const live = story.shadowRoot!.querySelector('[aria-live="polite"]')!;
      expect(live.textContent).to.equal('Step 3 of 9: 2007: offices in each capital');
      expect(document.activeElement).to.equal(button);
    } finally {
      button.remove();
    }
  });

  it('has no layout shift while the reader scrolls through the story', async function () {
    this.timeout(60000);
    const story = await mountStory(azlt);
    let shift = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shift += entry.value;
    });
    observer.observe({ type: 'layout-shift' });
    for (const index of [1, 3, 5, 7, 8]) await scrollToStep(story, index);
    await frame();
    observer.disconnect();
    expect(shift).to.be.below(0.01);
  });

  it('is axe clean, with the steps read in order', async () => {
    const story = await mountStory(azlt);
    await scrollToStep(story, 1);
    expect(await axeViolations(story)).to.deep.equal([]);
  });

  it('leaves an unknown event out of its step with a diagnostic naming the step, and the story goes on', async () => {
    const data = {
      ...azlt,
      story: {
        steps: [
          {
            id: 'first',
            title: 'First',
            events: ['no-such-event', 'diplomacy-lt-recognizes-az-1991-12-20'],
            window: '1991/1992',
          },
          { id: 'second', title: 'Second', events: ['visit-president-az-2007-09'], window: '2007/2008' },
        ],
      },
    };
    const story = mount<RelationsStory>('<relations-story></relations-story>', STYLE);
    const error = waitFor<RelationsErrorEvent>(story, 'relations-error');
    story.data = data;
    const { detail } = await error;
    expect(detail.diagnostics.map((d) => [d.code, d.collection, d.index, d.id, d.message])).to.deep.equal([
      ['unknown-event', 'story', 0, 'first', 'step "first": unknown event "no-such-event" left out; the step is kept'],
    ]);
    await until(() => Boolean(story.timeline?.range && story.map?.leafletMap), 'the views');
    expect(story.steps[0].events).to.deep.equal(['diplomacy-lt-recognizes-az-1991-12-20']);
    if (story.activeIndex !== 0) await scrollToStep(story, 0);
    await scrollToStep(story, 1);
    await until(() => timelineAt(story, story.steps[1]), 'the second step’s window');
    expect(story.timeline!.highlightedEventIds).to.deep.equal(['visit-president-az-2007-09']);
  });
});

describe('<relations-story> with the page’s own data-step paragraphs', () => {
  const steps = `
    <section data-step="recognition" data-events="diplomacy-lt-recognizes-az-1991-12-20" data-window="1991-06/1992-06" data-categories="diplomacy">
      <h2>Recognition</h2><p>Lithuania recognised Azerbaijan in December 1991.</p>
    </section>
    <section data-step="offices" data-places="embassy-lt-baku embassy-az-vilnius" data-map-fit="embassy-lt-baku, embassy-az-vilnius" data-window="2007/2008">
      <h2>Offices</h2><p>Each capital got the other's office in 2007.</p>
    </section>
    <section data-step="twins" data-map-fit="gazakh trakai atlantis">
      <h2>Twin towns</h2><p>Gazakh and Trakai.</p>
    </section>`;

  it('keeps the text in the page, and moves the views for each paragraph', async () => {
    const story = await mountStory(azlt, steps);
    expect(story.shadowRoot!.querySelectorAll('.step').length).to.equal(0);
    expect(story.querySelector('[data-step="offices"] p')!.textContent).to.equal(
      "Each capital got the other's office in 2007.",
    );
    expect(story.steps.map((step) => [step.id, step.title])).to.deep.equal([
      ['recognition', 'Recognition'],
      ['offices', 'Offices'],
      ['twins', 'Twin towns'],
    ]);
    const event = await scrollToStep(story, 1);
    expect(event.detail).to.deep.equal({ index: 1, id: 'offices' });
    await until(() => timelineAt(story, story.steps[1]), 'the offices window');
    await until(() => mapShows(story, ['embassy-lt-baku', 'embassy-az-vilnius']), 'the offices fit');
    expect(story.map!.highlightedPlaceIds.slice().sort()).to.include.members(['embassy-az-vilnius', 'embassy-lt-baku']);
    await scrollToStep(story, 2);
    await until(() => mapShows(story, ['gazakh', 'trakai']), 'the twin towns fit');
  });

  it('reports an unknown place in data-map-fit, naming the step', async () => {
    const story = mount<RelationsStory>(`<relations-story>${steps}</relations-story>`, STYLE);
    const error = waitFor<RelationsErrorEvent>(story, 'relations-error');
    story.data = azlt;
    const { detail } = await error;
    expect(detail.diagnostics.map((d) => [d.code, d.index, d.message])).to.deep.equal([
      ['unknown-place', 2, 'step "twins": unknown place "atlantis" left out of "map.fit"'],
    ]);
  });
});

describe('<relations-story> under reduced motion', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('moves the timeline and the map at once: no intermediate window, no animated zoom', async () => {
    const story = await mountStory(azlt);
    if (story.activeIndex !== 0) await scrollToStep(story, 0);
    await until(() => timelineAt(story, story.steps[0]), 'the first window');
    const windows: number[][] = [];
    story.timeline!.addEventListener('relations-range', (event) => {
      windows.push([event.detail.startTime, event.detail.endTime]);
    });
    let animatedZooms = 0;
    story.map!.leafletMap!.on('zoomanim', () => animatedZooms++);
    const step = story.steps[4];
    await scrollToStep(story, 4);
    await story.updateComplete;
    expect(timelineAt(story, step)).to.equal(true);
    expect(mapShows(story, ['baku', 'vilnius'])).to.equal(true);
    await frame();
    const target = windowOf(step);
    expect(
      windows.every(([start, end]) => near(start, target.start) && near(end, target.end)),
      JSON.stringify([windows, target]),
    ).to.equal(true);
    expect(animatedZooms).to.equal(0);
  });
});

describe('<relations-story> printed', () => {
  after(() => emulateMedia({ media: 'screen' }));

  it('prints each step’s text with what the views showed, in words, and no live views', async () => {
    const story = await mountStory(azlt);
    await emulateMedia({ media: 'print' });
    const graphic = story.shadowRoot!.querySelector<HTMLElement>('.graphic')!;
    expect(getComputedStyle(graphic).display).to.equal('none');
    const words = [...story.shadowRoot!.querySelectorAll<HTMLElement>('.step .in-words')];
    expect(words.length).to.equal(9);
    expect(words.every((p) => getComputedStyle(p).display === 'block')).to.equal(true);
    expect(words[2].textContent).to.equal(
      'Timeline: October 2006 to March 2008. Selected: Lithuania opens its representative office in Baku, Azerbaijan opens its representative office in Vilnius. Map: Embassy of Lithuania in Baku, Embassy of Azerbaijan in Vilnius.',
    );
  });
});
