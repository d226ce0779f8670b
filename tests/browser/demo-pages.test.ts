import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import { until } from './atlas-helpers.js';

/** The demo pages as a reader on a phone sees them: nothing wider than the screen. */

async function pageWidth(path: string): Promise<number> {
  const frame = document.createElement('iframe');
  frame.setAttribute('style', 'width: 390px; height: 800px; border: 0');
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  try {
    await loaded;
    const doc = frame.contentDocument!;
    await until(
      () =>
        doc.querySelector('relations-atlas, relations-timeline, relations-story')?.shadowRoot?.childElementCount !== 0,
      'the widget',
    );
    return doc.documentElement.scrollWidth;
  } finally {
    frame.remove();
  }
}

describe('demo pages on a phone', () => {
  before(() => setViewport({ width: 1200, height: 900 }));

  for (const path of [
    '/demo/index.html',
    '/demo/article.html',
    '/demo/pair.html',
    '/demo/timelinejs.html',
    '/demo/story.html',
  ]) {
    it(`${path} is no wider than a 390 px screen`, async () => {
      expect(await pageWidth(path)).to.be.at.most(390);
    });
  }
});
