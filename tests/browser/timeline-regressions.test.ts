import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/timeline/timeline.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { DATA_URL, frame, mount, shadowQuery, shadowQueryAll, unmountAll, until, waitFor } from './atlas-helpers.js';

/** Breakages a reviewer found in the rebuilt timeline, each pinned. */

const DAY = 86_400_000;
const span = (t: RelationsTimeline) => t.range!.end.getTime() - t.range!.start.getTime();

async function mountTimeline(attributes = '', data?: unknown): Promise<RelationsTimeline> {
  const timeline = mount<RelationsTimeline>(
    `<relations-timeline ${data ? '' : `src="${DATA_URL}"`} ${attributes}></relations-timeline>`,
    'width: 960px; height: 360px',
  );
  const ready = waitFor(timeline, 'relations-ready');
  if (data) timeline.data = data;
  await ready;
  await frame();
  return timeline;
}

async function settled(timeline: RelationsTimeline): Promise<void> {
  let last = '';
  for (let still = 0; still < 3;) {
    await frame();
    const key = `${timeline.range?.start.getTime()}:${timeline.range?.end.getTime()}`;
    still = key === last ? still + 1 : 0;
    last = key;
  }
}

describe('<relations-timeline> regressions', () => {
  afterEach(() => unmountAll());

  it('a resize during an animated zoom still lands where the zoom was heading', async () => {
    const timeline = await mountTimeline();
    const whole = span(timeline);
    shadowQuery<HTMLButtonElement>(timeline, '.toolbar button')!.click();
    await frame();
    await frame();
    timeline.parentElement!.style.width = '900px';
    await settled(timeline);
    expect(span(timeline) / whole).to.be.closeTo(0.5, 0.001);
  });

  it('removed and re-added during an animated zoom, it comes back where the zoom was heading', async () => {
    const timeline = await mountTimeline();
    const whole = span(timeline);
    shadowQuery<HTMLButtonElement>(timeline, '.toolbar button')!.click();
    await frame();
    await frame();
    const parent = timeline.parentElement!;
    timeline.remove();
    parent.append(timeline);
    await settled(timeline);
    expect(span(timeline) / whole).to.be.closeTo(0.5, 0.001);
  });

  it('a window narrower than two days is widened to two, so zooming in never zooms out', async () => {
    const timeline = await mountTimeline();
    timeline.zoomTo('2005-06-01', '2005-06-01');
    await settled(timeline);
    expect(span(timeline)).to.equal(2 * DAY);
    shadowQuery<HTMLButtonElement>(timeline, '.toolbar button')!.click();
    await settled(timeline);
    expect(span(timeline)).to.equal(2 * DAY);
  });

  it('zoomTo right after replacing the data opens the new data on that window', async () => {
    const timeline = await mountTimeline();
    timeline.data = {
      events: [
        { id: 'x', date: '1949', title: 'X', places: [] },
        { id: 'y', date: '1981', title: 'Y', places: [] },
      ],
      places: [],
    };
    timeline.zoomTo('1960', '1970');
    await until(() => timeline.range?.start.getUTCFullYear() === 1960, 'the window on the new data');
    expect(timeline.range!.end.toISOString().slice(0, 10)).to.equal('1971-01-01');
  });

  it('a single event opens on a month, not on hours', async () => {
    const timeline = await mountTimeline('', {
      events: [{ id: 'x', date: '2006-06-08', title: 'X', places: [] }],
      places: [],
    });
    expect(span(timeline)).to.be.closeTo(31.8 * DAY, DAY);
  });

  it('bin counts are light on the dark theme', async () => {
    const events = Array.from({ length: 900 }, (_, i) => ({
      id: `e${i}`,
      date: `${2000 + (i % 10)}-0${(i % 9) + 1}-1${i % 9}`,
      title: `E${i}`,
      places: [],
    }));
    const timeline = await mountTimeline('theme="dark"', { events, places: [] });
    expect(getComputedStyle(timeline).getPropertyValue('--_text').trim()).to.equal('#e8eaed');
    const canvas = shadowQuery<HTMLCanvasElement>(timeline, 'canvas.dense')!;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    // No near-black text on the dark surface: every opaque dark pixel is the bins' colour, none is #1f2328.
    let nearBlack = 0;
    for (let i = 0; i < pixels.length; i += 4)
      if (pixels[i + 3] > 200 && pixels[i] < 40 && pixels[i + 1] < 45 && pixels[i + 2] < 50) nearBlack++;
    expect(nearBlack).to.equal(0);
  });

  it('a press that moves a pixel or two still selects the mark', async () => {
    const timeline = await mountTimeline();
    const selects: Event[] = [];
    timeline.addEventListener('relations-select', (e) => selects.push(e));
    const shape = shadowQuery(timeline, '[data-event-id] .shape')!.getBoundingClientRect();
    const [x, y] = [Math.round(shape.left + shape.width / 2), Math.round(shape.top + shape.height / 2)];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 2, y] });
    await sendMouse({ type: 'up' });
    await until(() => selects.length === 1, 'the selection');
  });

  it('Escape with nothing selected fires nothing', async () => {
    const timeline = await mountTimeline();
    const selects: Event[] = [];
    timeline.addEventListener('relations-select', (e) => selects.push(e));
    shadowQuery<HTMLElement>(timeline, '.plot')!.focus();
    await sendKeys({ press: 'Escape' });
    await frame();
    expect(selects).to.have.length(0);
  });

  it('the overview density follows the span when the span grows', async () => {
    const timeline = await mountTimeline();
    const before = shadowQuery(timeline, '.density')!.getAttribute('d');
    timeline.zoomTo('1950', '1960');
    await settled(timeline);
    expect(timeline.extent!.start.getUTCFullYear()).to.equal(1950);
    expect(shadowQuery(timeline, '.density')!.getAttribute('d')).to.not.equal(before);
    expect(shadowQueryAll(timeline, '.overview-tick').length).to.be.greaterThan(0);
  });
});
